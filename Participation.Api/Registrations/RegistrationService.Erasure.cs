using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

public sealed partial class RegistrationService
{
    /// <summary>
    /// Erases registrations and further emails (<paramref name="otherEmailIds"/>) on a person's request, in one transaction. A place at an event still to come is
    /// cancelled first (without an email to the erased address), so the waiting list moves as after any cancellation.
    /// </summary>
    public async Task<Outcome<int>> EraseAsync(IReadOnlyCollection<Guid> registrationIds, IReadOnlyCollection<Guid> otherEmailIds, CancellationToken ct)
    {
        var now = Now;
        var upcoming = await db.Registrations.Where(r => registrationIds.Contains(r.Id))
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => e)
            .Where(e => e.EndsAt > now && db.RegistrationSettings.Any(s => s.EventId == e.Id))
            .Select(e => e.Id).Distinct().ToListAsync(ct);
        return await InEventsAsync<int>(upcoming, async locked =>
        {
            var registrations = await db.Registrations.Where(r => registrationIds.Contains(r.Id)).ToListAsync(ct);
            foreach (var registration in registrations)
            {
                if (upcoming.Contains(registration.EventId) && registration.Status != RegistrationStatus.Cancelled)
                {
                    registration.Status = RegistrationStatus.Cancelled;
                    registration.CancelledAt = now;
                    registration.WaitingSince = null;
                }
                registration.Anonymise(now);
            }
            await db.OutboxMessages.Of(registrationIds).EraseAsync(ct);
            await db.OutboxMessages.Where(m => otherEmailIds.Contains(m.Id)).EraseAsync(ct);
            foreach (var l in locked)
            {
                await PromoteAsync(l, ct);
            }
            return registrations.Count;
        }, ct);
    }
}
