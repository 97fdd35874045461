using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;
using Participation.Api.Boards;
using Participation.Api.Data;

namespace Participation.Web.Pages.Boards;

/// <summary>
/// What a QR code on the wall opens: the board on a phone. The page is a shell;
/// the script joins, keeps the token and unsent ideas on the device, and runs the board live.
/// </summary>
public sealed class JoinModel(ParticipationDb db, IOptions<BoardOptions> options) : PageModel
{
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool NamedPosting { get; private set; }
    public Guid ProcessId { get; private set; }
    public int IdeaMaxLength => options.Value.IdeaMaxLength;
    public int DisplayNameMaxLength => options.Value.DisplayNameMaxLength;
    public int MaxPostsPerMinute => options.Value.MaxPostsPerMinute;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Code = ShortCodes.Normalize(code);
        var board = await db.Boards.AsNoTracking().Where(b => b.JoinCode == Code).Join(db.Sessions, b => b.SessionId, s => s.Id, (b, s) => new { b.Title, b.NamedPosting, s.EventId })
            .Join(db.Events, x => x.EventId, e => e.Id, (x, e) => new { x.Title, x.NamedPosting, e.ProcessId }).FirstOrDefaultAsync(ct);
        if (board is null)
        {
            return NotFound();
        }
        Title = board.Title;
        NamedPosting = board.NamedPosting;
        ProcessId = board.ProcessId;
        return Page();
    }
}
