using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Registrations;

public sealed partial class RegistrationService
{
    /// <summary>One round: released places first (so the reminders go to whoever then has them), then reminders.</summary>
    public async Task RunHousekeepingAsync(CancellationToken ct)
    {
        var now = Now;
        var expiredIn = await db.Registrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Pending && r.ConfirmBy != null && r.ConfirmBy < now)
            .Select(r => r.EventId).Distinct().ToListAsync(ct);
        foreach (var eventId in expiredIn)
        {
            await InEventAsync<int>(eventId, async l =>
            {
                var expired = await db.Registrations
                    .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Pending && r.ConfirmBy != null && r.ConfirmBy < now).ToListAsync(ct);
                foreach (var registration in expired)
                {
                    registration.Status = RegistrationStatus.Cancelled;
                    registration.CancelledAt = now;
                    registration.UpdatedAt = now;
                }
                await PromoteAsync(l, ct);
                return expired.Count;
            }, ct);
        }

        var dueEvents = await db.RegistrationSettings.AsNoTracking()
            .Where(s => s.SendsReminder)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { e.Id, e.StartsAt, s.ReminderHoursBefore })
            .Where(x => x.StartsAt > now)
            .ToListAsync(ct);
        foreach (var due in dueEvents.Where(x => x.StartsAt.AddHours(-x.ReminderHoursBefore) <= now))
        {
            // Who signed up after the reminder time has just had the ticket; a reminder then would be noise.
            var remindFrom = due.StartsAt.AddHours(-due.ReminderHoursBefore);
            if (!await db.Registrations.AnyAsync(r => r.EventId == due.Id && r.Status == RegistrationStatus.Confirmed && r.ReminderQueuedAt == null
                    && r.Email != null && r.CreatedAt < remindFrom, ct))
            {
                continue;
            }
            await InEventAsync<int>(due.Id, async l =>
            {
                var recipients = await db.Registrations
                    .Where(r => r.EventId == due.Id && r.Status == RegistrationStatus.Confirmed && r.ReminderQueuedAt == null
                        && r.Email != null && r.CreatedAt < remindFrom).ToListAsync(ct);
                foreach (var registration in recipients)
                {
                    registration.ReminderQueuedAt = now;
                    mails.Reminder(db, registration, l.Event, l.Process, l.Settings.ReminderText);
                }
                return recipients.Count;
            }, ct);
        }
    }
}
