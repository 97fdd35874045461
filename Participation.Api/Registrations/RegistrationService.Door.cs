using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

/// <summary>A ticket code typed or scanned, or a registration picked from a search. Force admits someone not on the list of places.</summary>
public sealed record CheckInInput(string? TicketCode = null, Guid? RegistrationId = null, bool Force = false);

/// <summary>A person at the door, with or without a registration.</summary>
public sealed record WalkInInput(string Name, string? Email = null, string? Organisation = null, string? Perspective = null);

public sealed partial class RegistrationService
{
    public Task<Outcome<Registration>> CheckInAsync(Guid eventId, CheckInInput input, CancellationToken ct) =>
        InEventAsync<Registration>(eventId, async l =>
        {
            var code = input.TicketCode is null ? null : ShortCodes.Normalize(input.TicketCode);
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == eventId
                && (code != null ? r.TicketCode == code : r.Id == input.RegistrationId), ct);
            if (registration is null)
            {
                return new Refusal(RefusalKind.NotFound, text[code is null ? "NotFound.Registration" : "TicketUnknown"]);
            }
            if (registration.Status == RegistrationStatus.CheckedIn)
            {
                return registration;
            }
            if (!input.Force && registration.Status is RegistrationStatus.WaitingList or RegistrationStatus.Cancelled or RegistrationStatus.Invited)
            {
                return new Refusal(RefusalKind.Invalid, text["CheckInNotAPlace", text[$"Status.{registration.Status}"]], "force");
            }
            registration.Status = RegistrationStatus.CheckedIn;
            registration.CheckedInAt = Now;
            registration.WaitingSince = null;
            registration.CancelledAt = null;
            registration.UpdatedAt = Now;
            return registration;
        }, ct);

    /// <summary>Takes back a check-in made by mistake.</summary>
    public Task<Outcome<Registration>> UndoCheckInAsync(Guid eventId, Guid registrationId, CancellationToken ct) =>
        InEventAsync<Registration>(eventId, async l =>
        {
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.Id == registrationId, ct);
            if (registration is null)
            {
                return NotFound("Registration");
            }
            if (registration.Status == RegistrationStatus.CheckedIn)
            {
                registration.Status = RegistrationStatus.Confirmed;
                registration.CheckedInAt = null;
                registration.UpdatedAt = Now;
            }
            return registration;
        }, ct);

    /// <summary>Someone who came without registering. The people in the room count, so capacity does not turn them away.</summary>
    public Task<Outcome<Registration>> WalkInAsync(Guid eventId, WalkInInput input, CancellationToken ct) =>
        InEventAsync<Registration>(eventId, async l =>
        {
            var email = input.Email.NullIfBlank() is { } given ? EmailAddresses.Normalize(given) : null;
            var registration = email is null ? null : await db.Registrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.Email == email, ct);
            if (registration is null)
            {
                registration = new Registration
                {
                    EventId = eventId, ProcessId = l.Event.ProcessId, Email = email, Source = RegistrationSource.WalkIn,
                    TicketCode = NewTicketCode(), CreatedAt = Now,
                };
                db.Registrations.Add(registration);
            }
            registration.Name = input.Name.Trim();
            registration.Organisation = input.Organisation.NullIfBlank() ?? registration.Organisation;
            registration.Perspective = input.Perspective.NullIfBlank() ?? registration.Perspective;
            registration.Status = RegistrationStatus.CheckedIn;
            registration.CheckedInAt ??= Now;
            registration.WaitingSince = null;
            registration.CancelledAt = null;
            registration.UpdatedAt = Now;
            return registration;
        }, ct);
}
