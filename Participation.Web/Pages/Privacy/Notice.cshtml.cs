using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.DataProtection;

namespace Participation.Web.Pages.Privacy;

/// <summary>The privacy notice of a process, for anyone: linked from every form that asks for consent and from the board.</summary>
public sealed class NoticeModel(ParticipationDb db, PrivacyNotices notices) : PageModel
{
    public string ProcessTitle { get; private set; } = "";
    public string? Organisation { get; private set; }
    public PrivacyNoticeResponse Notice { get; private set; } = null!;

    /// <summary>The text as paragraphs: organisers write it with blank lines between the parts.</summary>
    public string? GermanTextLang => OrganisationText.GermanLang(Notice.IsDefault);

    public IEnumerable<string> Paragraphs => OrganisationText.Paragraphs(Notice.Notice);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var process = await db.Processes.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Organisation }).FirstOrDefaultAsync(ct);
        if (process is null)
        {
            return NotFound();
        }
        (ProcessTitle, Organisation) = (process.Title, process.Organisation);
        Notice = await notices.CurrentAsync(id, ct);
        return Page();
    }
}
