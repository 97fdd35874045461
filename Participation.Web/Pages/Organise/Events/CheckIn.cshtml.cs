using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Events;

/// <summary>The door: facilitators check people in by typed ticket code, by name, or as walk-ins. The camera scanner is a script on top.</summary>
public sealed class CheckInModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations, IValidator<CheckInInput> checkInValidator,
    IValidator<WalkInInput> walkInValidator, IOptions<RegistrationOptions> options, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    /// <summary>The answer to the last action: ok (green), warn (amber, may offer force), error (red).</summary>
    public sealed record DoorAnswer(string Tone, string Message, CheckInResponse? Person = null, string? ForceTicket = null, Guid? ForceRegistration = null);

    public Event Event { get; private set; } = null!;
    public int CheckedIn { get; private set; }
    public int PlacesTaken { get; private set; }
    public int? Capacity { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<CheckInResponse>? Found { get; private set; }
    public DoorAnswer? Answer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var result = await CheckInApi.SearchAtDoor(id, Q, User, db, access, options, messages, ct);
            Found = result.Result is Ok<List<CheckInResponse>> ok ? ok.Value : [];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? ticketCode, Guid? registrationId, bool force, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = new CheckInInput(ticketCode.NullIfBlank(), registrationId, force);
        if (await checkInValidator.ValidateToProblemAsync(input, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
            return Page();
        }
        var result = (await CheckInApi.CheckIn(id, input, User, db, access, registrations, messages, ct)).Result;
        if (result is ProblemHttpResult { StatusCode: StatusCodes.Status403Forbidden } forbidden)
        {
            return this.Problem(forbidden);
        }
        Answer = result switch
        {
            Ok<CheckInResponse> { Value: { WasAlreadyCheckedIn: true } person } => new DoorAnswer("warn",
                person.CheckedInAt is { } at ? text["CheckIn.AlreadyAt", Display.Time(at)] : text["CheckIn.Already"], person),
            Ok<CheckInResponse> ok => new DoorAnswer("ok", "", ok.Value),
            ValidationProblem v when v.ProblemDetails.Errors.ContainsKey("force") =>
                new DoorAnswer("warn", string.Join(" ", v.ProblemDetails.Errors["force"]), null, input.TicketCode, input.RegistrationId),
            ValidationProblem v => new DoorAnswer("error", string.Join(" ", v.ProblemDetails.Errors.SelectMany(e => e.Value))),
            ProblemHttpResult problem => new DoorAnswer("error", problem.ProblemDetails.Title ?? ""),
            _ => null,
        };
        await CountAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWalkInAsync(Guid id, string? name, string? email, string? organisation, string? perspective, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = new WalkInInput(name ?? "", email.NullIfBlank(), organisation.NullIfBlank(), perspective.NullIfBlank());
        if (await walkInValidator.ValidateToProblemAsync(input, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
            return Page();
        }
        var result = (await CheckInApi.WalkIn(id, input, User, db, access, registrations, messages, ct)).Result;
        if (result is not Ok<CheckInResponse> ok)
        {
            return result is ProblemHttpResult problem ? this.Problem(problem) : Page();
        }
        Answer = new DoorAnswer("ok", "", ok.Value);
        await CountAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid id, Guid registrationId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var result = (await CheckInApi.UndoCheckIn(id, registrationId, User, db, access, registrations, messages, ct)).Result;
        return result is ProblemHttpResult problem ? this.Problem(problem) : this.RedirectWithNotice($"/organise/events/{id}/checkin", text["CheckIn.Undone"]);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(User, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Event = @event!;
        await CountAsync(id, ct);
        return null;
    }

    private async Task CountAsync(Guid id, CancellationToken ct)
    {
        var settings = await registrations.SettingsAsync(id, ct);
        PlacesTaken = settings?.PlacesTaken ?? 0;
        Capacity = settings?.Capacity;
        CheckedIn = await db.Registrations.CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.CheckedIn, ct);
    }
}
