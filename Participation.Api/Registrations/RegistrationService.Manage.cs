using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

public sealed partial class RegistrationService
{
    /// <summary>The link in the confirmation email: confirms the address, and every registration made with it in one go.</summary>
    public async Task<Outcome<Registration>> ConfirmAsync(string token, CancellationToken ct)
    {
        if (await FindByTokenAsync(RegistrationTokens.Confirm, token, ct) is not { } found)
        {
            return LinkInvalid();
        }
        var group = found.GroupId is { } groupId
            ? await db.Registrations.AsNoTracking().Where(r => r.GroupId == groupId).Select(r => r.EventId).ToListAsync(ct)
            : [found.EventId];
        return await InEventsAsync<Registration>(group, async events =>
        {
            var registrations = await db.Registrations
                .Where(r => r.Id == found.Id || (found.GroupId != null && r.GroupId == found.GroupId && r.Email == found.Email)).ToListAsync(ct);
            var own = registrations.First(r => r.Id == found.Id);
            if (own.Status == RegistrationStatus.Cancelled)
            {
                return new Refusal(RefusalKind.Conflict, text["RegistrationCancelled"]);
            }
            foreach (var registration in registrations.Where(r => r.EmailConfirmedAt is null))
            {
                var l = events.First(e => e.Event.Id == registration.EventId);
                registration.EmailConfirmedAt = Now;
                registration.ConfirmBy = null;
                registration.UpdatedAt = Now;
                if (registration.Status == RegistrationStatus.Pending)
                {
                    registration.Status = RegistrationStatus.Confirmed;
                    mails.Ticket(db, registration, l.Event, l.Process);
                }
                else if (registration.Status == RegistrationStatus.WaitingList)
                {
                    mails.WaitingList(db, registration, l.Event, l.Process);
                }
            }
            return own;
        }, ct);
    }

    /// <summary>The registration a manage link opens; null when the link is forged, expired or outdated.</summary>
    public Task<Registration?> FindByManageTokenAsync(string token, CancellationToken ct) => FindByTokenAsync(RegistrationTokens.Manage, token, ct);

    /// <summary>
    /// Changes a person's details. A new address (organisers only) ends the links sent to the old one
    /// and sends the new one what the person's state calls for: the ticket, the confirmation link or the invitation.
    /// </summary>
    public async Task<Outcome<Registration>> ChangeAsync(Guid registrationId, RegistrationChange change, CancellationToken ct)
    {
        var eventId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (Guid?)r.EventId).FirstOrDefaultAsync(ct);
        if (eventId is null)
        {
            return NotFound("Registration");
        }
        return await InEventAsync<Registration>(eventId.Value, async l =>
        {
            var registration = await db.Registrations.FirstAsync(r => r.Id == registrationId, ct);
            registration.Apply(change, Now);
            var email = change.Email.NullIfBlank() is { } given ? EmailAddresses.Normalize(given) : null;
            if (email is null || email == registration.Email)
            {
                return registration;
            }
            if (await db.Registrations.AnyAsync(r => r.EventId == registration.EventId && r.Email == email && r.Id != registration.Id, ct))
            {
                return new Refusal(RefusalKind.Invalid, text["EmailAlreadyRegistered"], "email");
            }
            registration.Email = email;
            registration.Stamp++;
            switch (registration.Status)
            {
                case RegistrationStatus.Confirmed:
                    mails.Ticket(db, registration, l.Event, l.Process);
                    break;
                case RegistrationStatus.Pending or RegistrationStatus.WaitingList when registration.EmailConfirmedAt is null:
                    mails.Confirm(db, registration, l.Event, l.Process);
                    break;
                case RegistrationStatus.Invited:
                    mails.Invitation(db, registration, l.Event, l.Process);
                    break;
            }
            return registration;
        }, ct);
    }

    /// <summary>Cancels a registration (the attendee's link or an organiser); a freed place goes to the waiting list at once.</summary>
    public async Task<Outcome<Registration>> CancelAsync(Guid registrationId, bool byOrganiser, CancellationToken ct)
    {
        var eventId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (Guid?)r.EventId).FirstOrDefaultAsync(ct);
        if (eventId is null)
        {
            return NotFound("Registration");
        }
        return await InEventAsync<Registration>(eventId.Value, async l =>
        {
            var registration = await db.Registrations.FirstAsync(r => r.Id == registrationId, ct);
            if (registration.Status == RegistrationStatus.Cancelled)
            {
                return registration;
            }
            if (registration.Status == RegistrationStatus.CheckedIn)
            {
                return new Refusal(RefusalKind.Conflict, text["RegistrationCheckedIn"]);
            }
            var wasInvitation = registration.Status == RegistrationStatus.Invited;
            registration.Status = RegistrationStatus.Cancelled;
            registration.CancelledAt = Now;
            registration.WaitingSince = null;
            registration.UpdatedAt = Now;
            if (!wasInvitation)
            {
                mails.Cancelled(db, registration, l.Event, l.Process, byOrganiser);
            }
            await PromoteAsync(l, ct);
            return registration;
        }, ct);
    }

    private async Task<Registration?> FindByTokenAsync(string purpose, string token, CancellationToken ct)
    {
        if (tokens.Read(purpose, token) is not { } read)
        {
            return null;
        }
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == read.Id, ct);
        return registration?.Stamp == read.Stamp ? registration : null;
    }
}
