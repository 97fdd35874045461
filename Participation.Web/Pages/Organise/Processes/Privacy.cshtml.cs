using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Processes;

/// <summary>The organisers write the process's privacy notice and consent sentence; each save is a new version.</summary>
public sealed class PrivacyModel(
    ParticipationDb db, ProcessAccess access, PrivacyNotices notices, TimeProvider clock,
    IValidator<PrivacyNoticeInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Guid Id { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public string? ConsentText { get; set; }
    public PrivacyNoticeResponse Current { get; private set; } = null!;
    public IReadOnlyList<PrivacyNoticeResponse> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        (Notice, ConsentText) = (Current.Notice, Current.ConsentText);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = new PrivacyNoticeInput(Notice ?? "", ConsentText ?? "");
        return await this.SubmitAsync(validator, input, messages,
            async () => (await PrivacyApi.SavePrivacyNotice(id, input, User, db, access, clock, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/processes/{id}/privacy", text["Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if ((await PrivacyApi.ListPrivacyNotices(id, User, db, access, ct)).Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Id = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        Current = await notices.CurrentAsync(id, ct);
        Versions = await db.PrivacyNotices.AsNoTracking().Where(n => n.ProcessId == id).OrderByDescending(n => n.Version)
            .Select(n => n.ToResponse()).ToListAsync(ct);
        return null;
    }
}
