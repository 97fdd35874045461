using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

public sealed partial class RegistrationService
{
    /// <summary>Opens, closes or changes registration; more places go to the waiting list at once.</summary>
    public async Task<Outcome<RegistrationSettings>> SaveSettingsAsync(Guid eventId, RegistrationSettingsInput input, CancellationToken ct)
    {
        if (!await db.RegistrationSettings.AnyAsync(s => s.EventId == eventId, ct))
        {
            db.RegistrationSettings.Add(new RegistrationSettings { EventId = eventId, UpdatedAt = Now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another request created it a moment earlier; the update below applies to that row.
                db.ChangeTracker.Clear();
            }
        }
        return await InEventAsync<RegistrationSettings>(eventId, async l =>
        {
            var s = l.Settings;
            s.IsOpen = input.IsOpen;
            s.OpensAt = input.OpensAt?.UtcDateTime;
            s.ClosesAt = input.ClosesAt?.UtcDateTime;
            s.Capacity = input.Capacity;
            s.KeepsWaitingList = input.KeepsWaitingList;
            s.Access = input.Access;
            s.SendsReminder = input.SendsReminder;
            s.ReminderHoursBefore = input.ReminderHoursBefore;
            s.ReminderText = input.ReminderText.NullIfBlank();
            s.UpdatedAt = Now;
            await PromoteAsync(l, ct);
            return s;
        }, ct);
    }

    public async Task<RegistrationSettingsResponse?> SettingsAsync(Guid eventId, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }
        var s = await db.RegistrationSettings.AsNoTracking().FirstOrDefaultAsync(x => x.EventId == eventId, ct)
            ?? new RegistrationSettings { EventId = eventId, Capacity = @event.Capacity, ReminderHoursBefore = 48 };
        var taken = await PlacesTakenAsync(eventId, ct);
        var waiting = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.WaitingList, ct);
        var checkedIn = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.CheckedIn, ct);
        DateTimeOffset? Zoned(DateTime? utc) => TimeZones.InZone(utc, @event.TimeZone);
        return new RegistrationSettingsResponse(eventId, s.IsOpen, RegistrationWindow.ClosedReason(s, @event, Now) is null,
            Zoned(s.OpensAt), Zoned(s.ClosesAt), s.Capacity, s.KeepsWaitingList, s.Access, s.SendsReminder, s.ReminderHoursBefore, s.ReminderText,
            taken, s.Capacity is { } capacity ? Math.Max(0, capacity - taken) : null, waiting, checkedIn);
    }
}
