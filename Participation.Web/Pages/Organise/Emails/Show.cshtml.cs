using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Emails;

/// <summary>One email as it was written, with a button to send it again.</summary>
public sealed class ShowModel(ParticipationDb db, ProcessAccess access, OutboxSignal signal, TimeProvider clock, PageTexts text) : PageModel
{
    public EmailDetail Email { get; private set; } = null!;
    public Guid ProcessId { get; private set; }
    private string zone = "UTC";

    /// <summary>An instant as the wall-clock time of the process's zone.</summary>
    public string At(DateTimeOffset at) => Display.ShortDate(TimeZones.InZone(at.UtcDateTime, zone)) + ", " + Display.Time(TimeZones.InZone(at.UtcDateTime, zone));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = (await EmailsApi.GetEmail(id, User, db, access, ct)).Result;
        if (result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Email = ((Ok<EmailDetail>)result).Value!;
        ProcessId = await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.ProcessId!.Value).FirstAsync(ct);
        zone = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.TimeZone).FirstAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct) =>
        (await EmailsApi.ResendEmail(id, User, db, access, signal, clock, ct)).Result is ProblemHttpResult problem
            ? this.Problem(problem)
            : this.RedirectWithNotice($"/organise/emails/{id}", text["Email.Requeued"]);
}
