using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Registrations;
using Participation.Web.Pages.Registrations;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages.Events;

/// <summary>
/// The public page of an event, for anyone with the link, with its registration form. A personal
/// invitation link (?invitation=…) opens it also for an internal event, with the address fixed.
/// </summary>
[EnableRateLimiting(RateLimits.Registration)]
public sealed class ShowModel(
    ParticipationDb db, RegistrationService registrations, RegistrationTokens tokens, IValidator<RegistrationInput> validator,
    IOptions<RegistrationOptions> options, TimeProvider clock, IStringLocalizer<Messages> messages, PrivacyNotices notices) : PageModel
{
    public PrivacyNoticeResponse? Privacy { get; private set; }
    public PublicEventResponse Event { get; private set; } = null!;
    public RegistrationSettingsResponse Registration { get; private set; } = null!;
    public (Guid Id, string Title)? Series { get; private set; }
    [BindProperty] public PersonForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Invitation { get; set; }
    public bool InvitationInvalid { get; private set; }
    public bool Invited => Invitation is not null && !InvitationInvalid;
    /// <summary>Why the sign-up was refused, when it is no single field's fault.</summary>
    public string? Refusal { get; private set; }
    public IReadOnlyList<string> Perspectives => options.Value.Perspectives;
    public bool OpensLater => !Registration.IsAcceptingNow && Registration.OpensAt > clock.GetUtcNow();
    public bool ShowsForm => Registration.IsAcceptingNow && (Invited || Registration.Access == RegistrationAccess.Open)
        && (Registration.PlacesLeft is not 0 || Registration.KeepsWaitingList);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var invited = await LoadAsync(id, ct);
        if (Event is null)
        {
            return Hidden();
        }
        if (invited is not null)
        {
            Form = PersonForm.From(invited);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var invited = await LoadAsync(id, ct);
        if (Event is null)
        {
            return Hidden();
        }
        if (invited is not null)
        {
            // The address is the one the invitation went to; the form shows it read-only.
            Form.Email = invited.Email;
        }
        var input = Form.ToInput(Invited ? Invitation : null);
        if (await validator.ValidateToProblemAsync(input, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
            return Page();
        }
        var outcome = await registrations.RegisterAsync(id, input, ct);
        if (outcome.Refusal is { } refusal)
        {
            if (refusal.Field is "email" or "name")
            {
                ModelState.AddModelError(refusal.Field, refusal.Message);
            }
            else
            {
                Refusal = refusal.Message;
            }
            return Page();
        }
        return Redirect($"/registered/{RegisteredModel.OutcomeOf([outcome.Value!])}");
    }

    /// <summary>An internal or unknown event is not found; a broken invitation link to one says so in words.</summary>
    private IActionResult Hidden()
    {
        if (!InvitationInvalid)
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The event (null when hidden), its registration state, and the invited registration when the link is good.</summary>
    private async Task<Api.Registrations.Registration?> LoadAsync(Guid id, CancellationToken ct)
    {
        Api.Registrations.Registration? invited = null;
        if (Invitation is not null)
        {
            var read = tokens.Read(RegistrationTokens.Invitation, Invitation);
            invited = read is { } r
                ? await db.Registrations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.Id && x.Stamp == r.Stamp && x.EventId == id, ct)
                : null;
            InvitationInvalid = invited is null;
        }
        Event = (await PublicEventsApi.FindAsync(db, id, evenIfInternal: invited is not null, ct))!;
        if (Event is null)
        {
            return null;
        }
        Registration = (await registrations.SettingsAsync(id, ct))!;
        Privacy = await notices.CurrentAsync(await db.Events.Where(e => e.Id == id).Select(e => e.ProcessId).FirstAsync(ct), ct);
        var series = await db.Events.AsNoTracking().Where(e => e.Id == id && e.SeriesId != null)
            .Join(db.Series, e => e.SeriesId, s => s.Id, (e, s) => new { s.Id, s.Title }).FirstOrDefaultAsync(ct);
        Series = series is null ? null : (series.Id, series.Title);
        return invited;
    }
}
