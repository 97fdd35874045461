using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Emails;

/// <summary>Every email of a process with its delivery state, newest first.</summary>
public sealed class IndexModel(ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> messages) : PageModel
{
    public Guid ProcessId { get; private set; }
    private string zone = "UTC";

    /// <summary>An instant as the wall-clock time of the process's zone.</summary>
    public string At(DateTimeOffset at) => Display.ShortDate(TimeZones.InZone(at.UtcDateTime, zone)) + ", " + Display.Time(TimeZones.InZone(at.UtcDateTime, zone));
    public string ProcessTitle { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EventId { get; set; }
    public IReadOnlyList<EmailSummary> Emails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var state = string.IsNullOrWhiteSpace(State) ? null : State;
        switch ((await EmailsApi.ListEmails(id, User, db, access, messages, ct, EventId, state)).Result)
        {
            case Ok<List<EmailSummary>> ok:
                Emails = ok.Value!;
                break;
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        ProcessId = id;
        var process = await db.Processes.Where(p => p.Id == id).Select(p => new { p.Title, p.TimeZone }).FirstAsync(ct);
        (ProcessTitle, zone) = (process.Title, process.TimeZone);
        return Page();
    }
}
