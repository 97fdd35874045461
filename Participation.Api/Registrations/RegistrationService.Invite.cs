using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Localisation;

namespace Participation.Api.Registrations;

public sealed partial class RegistrationService
{
    /// <summary>Invites people by email, each with a personal link; people already on the list are counted, not invited twice.</summary>
    public Task<Outcome<InvitationReport>> InviteAsync(Guid eventId, InvitationInput input, CancellationToken ct)
    {
        var limits = options.Value;
        var (good, bad) = InvitationImport.Read(input, limits.NameMaxLength, 300, text);
        if (good.Count + bad.Count > limits.MaxInvitationsPerImport)
        {
            return Task.FromResult<Outcome<InvitationReport>>(new Refusal(RefusalKind.Invalid, text["ImportTooMany", limits.MaxInvitationsPerImport], "csv"));
        }
        if (good.Count == 0 && bad.Count == 0)
        {
            return Task.FromResult<Outcome<InvitationReport>>(new Refusal(RefusalKind.Invalid, text["ImportEmpty"], "addresses"));
        }
        return InvitePeopleAsync(eventId, good, bad, input.Language, ct);
    }

    /// <summary>
    /// Invites people already read (from an import, or the members of a body) in one transaction with their emails;
    /// <paramref name="bad"/> comes back in the report as it is.
    /// </summary>
    public Task<Outcome<InvitationReport>> InvitePeopleAsync(
        Guid eventId, IReadOnlyList<Invitee> good, IReadOnlyList<InvitationLineError> bad, string? language, CancellationToken ct)
    {
        return InEventAsync<InvitationReport>(eventId, async l =>
        {
            if (!l.Settings.IsOpen)
            {
                return new Refusal(RefusalKind.Conflict, text["InviteNeedsOpenRegistration"]);
            }
            var emails = good.Select(g => g.Email).Distinct().ToList();
            var existing = await db.Registrations.Where(r => r.EventId == eventId && r.Email != null && emails.Contains(r.Email)).ToDictionaryAsync(r => r.Email!, ct);
            var invited = 0;
            var already = 0;
            foreach (var person in good.DistinctBy(g => g.Email))
            {
                existing.TryGetValue(person.Email, out var registration);
                if (registration is not null && registration.Status != RegistrationStatus.Cancelled)
                {
                    already++;
                    continue;
                }
                if (registration is null)
                {
                    registration = new Registration
                    {
                        EventId = eventId, ProcessId = l.Event.ProcessId, Email = person.Email, TicketCode = NewTicketCode(), CreatedAt = Now,
                    };
                    db.Registrations.Add(registration);
                }
                registration.Name = person.Name ?? registration.Name;
                registration.Organisation = person.Organisation ?? registration.Organisation;
                registration.Perspective = person.Perspective ?? registration.Perspective;
                registration.Language = SpokenLanguages.Find(language)?.Code ?? registration.Language;
                registration.Source = RegistrationSource.Invitation;
                registration.Status = RegistrationStatus.Invited;
                registration.CancelledAt = null;
                registration.UpdatedAt = Now;
                mails.Invitation(db, registration, l.Event, l.Process);
                invited++;
            }
            return new InvitationReport(invited, already, bad);
        }, ct);
    }
}
