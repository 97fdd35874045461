using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>One person's registrations and check-ins across the process, found by email address.</summary>
public sealed class AttendanceModel(ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> messages) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    public IReadOnlyList<AttendanceHistoryEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await access.DenyAsync(User, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        if (string.IsNullOrWhiteSpace(Email))
        {
            return Page();
        }
        switch ((await AttendeesApi.AttendanceHistory(id, Email.Trim(), User, db, access, messages, ct)).Result)
        {
            case Ok<List<AttendanceHistoryEntry>> ok:
                Entries = ok.Value!;
                break;
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        return Page();
    }
}
