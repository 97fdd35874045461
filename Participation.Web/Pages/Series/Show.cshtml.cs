using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Extensions;
using Participation.Api.Registrations;
using Participation.Web.Pages.Registrations;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages.Series;

/// <summary>The public page of a series: sign up for several of its events with one form and one confirmation.</summary>
[EnableRateLimiting(RateLimits.Registration)]
public sealed class ShowModel(
    ParticipationDb db, RegistrationService registrations, IValidator<RegistrationInput> validator,
    IOptions<RegistrationOptions> options, TimeProvider clock, IStringLocalizer<Messages> messages, PrivacyNotices notices) : PageModel
{
    public PrivacyNoticeResponse? Privacy { get; private set; }
    public sealed record SeriesEvent(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue, bool IsOpen);

    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<SeriesEvent> Events { get; private set; } = [];
    [BindProperty] public PersonForm Form { get; set; } = new();
    [BindProperty] public List<Guid> EventIds { get; set; } = [];
    public string? Refusal { get; private set; }
    public IReadOnlyList<string> Perspectives => options.Value.Perspectives;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var input = Form.ToInput(invitation: null);
        if (await validator.ValidateToProblemAsync(input, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
        }
        // Only the open public events of this series can be chosen, whatever was posted.
        var chosen = EventIds.Where(e => Events.Any(x => x.Id == e && x.IsOpen)).Distinct().ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("eventIds", messages["SeriesEventsRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await registrations.RegisterForSeriesAsync(id, new SeriesRegistrationInput(input, chosen), ct);
        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal.Message;
            return Page();
        }
        return Redirect($"/registered/{RegisteredModel.OutcomeOf(outcome.Value!)}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (series is null)
        {
            return false;
        }
        Privacy = await notices.CurrentAsync(series.ProcessId, ct);
        var events = await db.Events.AsNoTracking().Where(e => e.SeriesId == id && e.IsPublic).OrderBy(e => e.StartsAt).ToListAsync(ct);
        if (events.Count == 0)
        {
            return false;
        }
        var ids = events.Select(e => e.Id).ToList();
        var settings = await db.RegistrationSettings.AsNoTracking().Where(s => ids.Contains(s.EventId)).ToDictionaryAsync(s => s.EventId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Title = series.Title;
        Description = series.Description;
        Events = events.Select(e =>
        {
            var s = settings.GetValueOrDefault(e.Id);
            var open = RegistrationWindow.ClosedReason(s, e, now) is null && s!.Access == RegistrationAccess.Open;
            return new SeriesEvent(e.Id, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.Venue, open);
        }).ToList();
        return true;
    }
}
