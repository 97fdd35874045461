using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Email;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;

namespace Participation.Api.Registrations;

/// <summary>
/// Every change to who comes to an event. Each runs in one transaction that first locks the event's
/// settings row, so places are counted in the database and never given twice, also across instances;
/// the emails the change causes are written in the same transaction.
/// </summary>
public sealed partial class RegistrationService(
    ParticipationDb db, RegistrationMails mails, RegistrationTokens tokens, Outbox outbox, TimeProvider clock,
    IOptions<RegistrationOptions> options, IStringLocalizer<Messages> text, PrivacyNotices privacy)
{
    /// <summary>What the locked transaction works with.</summary>
    private sealed record Locked(RegistrationSettings Settings, Event Event, Process Process);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Outcome<T>> InEventAsync<T>(Guid eventId, Func<Locked, Task<Outcome<T>>> work, CancellationToken ct) =>
        await InEventsAsync([eventId], locked => work(locked[0]), ct);

    /// <summary>Locks the events in id order (two series sign-ups never wait for each other in a circle), runs the work, commits or leaves nothing.</summary>
    private async Task<Outcome<T>> InEventsAsync<T>(IReadOnlyList<Guid> eventIds, Func<IReadOnlyList<Locked>, Task<Outcome<T>>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var locked = new List<Locked>();
        foreach (var eventId in eventIds.Order())
        {
            var touched = await db.RegistrationSettings.Where(s => s.EventId == eventId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), ct);
            var @event = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
            if (@event is null)
            {
                return NotFound("Event");
            }
            var settings = touched == 0 ? null : await db.RegistrationSettings.FirstAsync(s => s.EventId == eventId, ct);
            if (settings is null)
            {
                return new Refusal(RefusalKind.Conflict, text["RegistrationClosed"]);
            }
            locked.Add(new Locked(settings, @event, await db.Processes.FirstAsync(p => p.Id == @event.ProcessId, ct)));
        }
        var ordered = eventIds.Select(id => locked.First(l => l.Event.Id == id)).ToList();
        var outcome = await work(ordered);
        if (outcome.Refusal is not null)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        outbox.Wake();
        return outcome;
    }

    private Task<int> PlacesTakenAsync(Guid eventId, CancellationToken ct) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && RegistrationStatusExtensions.PlaceHolding.Contains(r.Status), ct);

    /// <summary>Places taken, counting the changes of this unit of work that are not saved yet.</summary>
    private async Task<bool> HasFreePlaceAsync(Locked l, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return l.Settings.Capacity is not { } capacity || await PlacesTakenAsync(l.Event.Id, ct) < capacity;
    }

    /// <summary>Fills free places from the waiting list, first come first served, and tells each person.</summary>
    private async Task PromoteAsync(Locked l, CancellationToken ct)
    {
        while (await HasFreePlaceAsync(l, ct))
        {
            var next = await db.Registrations.Where(r => r.EventId == l.Event.Id && r.Status == RegistrationStatus.WaitingList)
                .OrderBy(r => r.WaitingSince).ThenBy(r => r.CreatedAt).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return;
            }
            next.WaitingSince = null;
            next.UpdatedAt = Now;
            if (next.EmailConfirmedAt is not null)
            {
                next.Status = RegistrationStatus.Confirmed;
                mails.Ticket(db, next, l.Event, l.Process, RegistrationMails.PromotedKind);
            }
            else
            {
                next.Status = RegistrationStatus.Pending;
                next.ConfirmBy = Now.AddHours(options.Value.ConfirmationHours);
                mails.Confirm(db, next, l.Event, l.Process);
            }
        }
    }

    private Refusal NotFound(string what) => new(RefusalKind.NotFound, text[$"NotFound.{what}"]);

    private Refusal LinkInvalid() => new(RefusalKind.NotFound, text["LinkInvalid"]);

    private static string NewTicketCode() => ShortCodes.New(12);
}
