using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Email;

namespace Participation.Api.Registrations;

/// <summary>
/// Takes the personal data out of registrations and their emails. The row stays with its status, perspective
/// (a category the documentation counts), check-in and timestamps, so attendance figures still add up.
/// </summary>
public static class RegistrationAnonymisation
{
    public static void Anonymise(this Registration registration, DateTime now)
    {
        registration.Email = null;
        registration.Name = "";
        registration.Organisation = null;
        registration.InterpreterLanguage = null;
        registration.NeedsSignLanguage = false;
        registration.AccessibilityNeeds = null;
        registration.NeedsChildcare = false;
        registration.DietaryNeeds = null;
        registration.Remarks = null;
        // Unique and printed on the ticket: a fresh random value, so an old ticket finds nothing.
        registration.TicketCode = Guid.NewGuid().ToString("N");
        registration.Stamp++;
        registration.AnonymisedAt = now;
        registration.UpdatedAt = now;
    }

    /// <summary>Empties address, subject, body and error of the emails; those not yet sent are never sent.</summary>
    public static Task<int> EraseAsync(this IQueryable<OutboxMessage> messages, CancellationToken ct) =>
        messages.ExecuteUpdateAsync(m => m
            .SetProperty(x => x.To, "")
            .SetProperty(x => x.Subject, "")
            .SetProperty(x => x.Mime, Array.Empty<byte>())
            .SetProperty(x => x.LastError, (string?)null)
            .SetProperty(x => x.LeaseUntil, (DateTime?)null)
            .SetProperty(x => x.State, x => x.State == OutboxState.Queued ? OutboxState.Failed : x.State), ct);

    public static IQueryable<OutboxMessage> Of(this DbSet<OutboxMessage> outbox, IReadOnlyCollection<Guid> registrationIds) =>
        outbox.Where(m => m.RegistrationId != null && registrationIds.Contains(m.RegistrationId.Value));
}
