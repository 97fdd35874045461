using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;
using Participation.Api;
using Participation.Api.Boards;
using Participation.Api.Data;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages.Boards;

/// <summary>For those who type the code from the wall instead of scanning it. Works without script.</summary>
[EnableRateLimiting(RateLimits.Join)]
public sealed class CodeModel(ParticipationDb db, IStringLocalizer<Messages> messages) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = ShortCodes.Normalize(Code ?? "");
        var board = await db.Boards.AsNoTracking().Where(b => b.JoinCode == code).Select(b => new { b.Phase }).FirstOrDefaultAsync(ct);
        if (board is null || board.Phase == BoardPhase.Closed)
        {
            ModelState.AddModelError("code", messages[board is null ? "Join.UnknownCode" : "Join.Closed"]);
            return Page();
        }
        return LocalRedirect($"/j/{code}");
    }
}
