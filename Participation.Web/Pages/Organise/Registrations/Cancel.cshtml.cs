using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>The confirmation before an organiser cancels someone's registration; the person is told by email.</summary>
public sealed class CancelModel(ParticipationDb db, ProcessAccess access, RegistrationService registrations, PageTexts text) : PageModel
{
    public Registration Registration { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var result = (await AttendeesApi.CancelRegistration(id, User, db, access, registrations, ct)).Result;
        if (result is ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict } conflict)
        {
            Refusal = conflict.ProblemDetails.Title;
            return Page();
        }
        return result is ProblemHttpResult problem
            ? this.Problem(problem)
            : this.RedirectWithNotice($"/organise/events/{Registration.EventId}/attendees", text["Attendee.Cancelled", Registration.Name]);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (registration, _, denied) = await access.RegistrationForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Registration = registration!;
        EventTitle = await db.Events.Where(e => e.Id == registration!.EventId).Select(e => e.Title).FirstAsync(ct);
        return null;
    }
}
