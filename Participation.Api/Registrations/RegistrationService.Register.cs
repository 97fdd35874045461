using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Localisation;

namespace Participation.Api.Registrations;

/// <summary>What the public form answers. It does not tell a stranger whether an address was registered before.</summary>
public sealed record RegistrationReceipt(RegistrationStatus Status, bool EmailConfirmationRequired);

public sealed partial class RegistrationService
{
    public async Task<Outcome<RegistrationReceipt>> RegisterAsync(Guid eventId, RegistrationInput input, CancellationToken ct)
    {
        var outcome = await RegisterForEventsAsync([eventId], input, ct);
        return outcome.Refusal is { } refusal ? refusal : outcome.Value![0];
    }

    /// <summary>One sign-up for several events of a series: one confirmation email confirms them all.</summary>
    public async Task<Outcome<List<RegistrationReceipt>>> RegisterForSeriesAsync(Guid seriesId, SeriesRegistrationInput input, CancellationToken ct)
    {
        var eventIds = input.EventIds.Distinct().ToList();
        var inSeries = await db.Events.Where(e => e.SeriesId == seriesId && eventIds.Contains(e.Id)).CountAsync(ct);
        if (inSeries != eventIds.Count)
        {
            return new Refusal(RefusalKind.Invalid, text["EventNotInSeries"], "eventIds");
        }
        return await RegisterForEventsAsync(eventIds, input.Person, ct);
    }

    private Task<Outcome<List<RegistrationReceipt>>> RegisterForEventsAsync(IReadOnlyList<Guid> eventIds, RegistrationInput input, CancellationToken ct) =>
        InEventsAsync<List<RegistrationReceipt>>(eventIds, async events =>
        {
            var email = EmailAddresses.Normalize(input.Email);
            var invited = tokens.Read(RegistrationTokens.Invitation, input.Invitation);
            if (input.Invitation is not null && invited is null)
            {
                return new Refusal(RefusalKind.Invalid, text["InvitationInvalid"], "invitation");
            }
            var (consentVersion, stale) = await privacy.AcceptAsync(events[0].Event.ProcessId, input.ConsentVersion, ct);
            if (stale is not null)
            {
                return new Refusal(RefusalKind.Invalid, stale, "consentVersion");
            }
            var groupId = events.Count > 1 ? Guid.CreateVersion7() : (Guid?)null;
            var receipts = new List<RegistrationReceipt>();
            Registration? first = null;
            var unconfirmedTitles = new List<string>();
            foreach (var l in events)
            {
                var existing = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == l.Event.Id && r.Email == email, ct);
                var invitation = invited is { } i && existing is not null && existing.Id == i.Id && existing.Stamp == i.Stamp ? existing : null;
                if (input.Invitation is not null && invitation is null && events.Count == 1)
                {
                    // The link was made for another address or another event.
                    return new Refusal(RefusalKind.Invalid, text["InvitationOtherAddress"], "email");
                }
                if (!l.Event.IsPublic && invitation is null && existing?.Status != RegistrationStatus.Invited)
                {
                    return NotFound("Event");
                }
                if (RegistrationWindow.ClosedReason(l.Settings, l.Event, Now) is { } closed)
                {
                    return new Refusal(RefusalKind.Conflict, text[closed]);
                }
                if (l.Settings.Access == RegistrationAccess.InvitationOnly && existing is null)
                {
                    return new Refusal(RefusalKind.Forbidden, text["RegistrationByInvitationOnly"]);
                }
                if (existing is not null && existing.Status is not (RegistrationStatus.Invited or RegistrationStatus.Cancelled))
                {
                    // A second sign-up with the same address: no new row; the owner of the address hears of it.
                    if (existing.EmailConfirmedAt is null)
                    {
                        mails.Confirm(db, existing, l.Event, l.Process);
                    }
                    else
                    {
                        mails.AlreadyRegistered(db, existing, l.Event, l.Process);
                    }
                    receipts.Add(new RegistrationReceipt(RegistrationStatus.Pending, EmailConfirmationRequired: true));
                    continue;
                }
                var registration = existing ?? new Registration
                {
                    EventId = l.Event.Id, ProcessId = l.Event.ProcessId, Email = email, CreatedAt = Now, Source = RegistrationSource.Self,
                    Language = SpokenLanguages.Current.Code,
                };
                if (existing is null)
                {
                    db.Registrations.Add(registration);
                }
                else if (existing.Status == RegistrationStatus.Cancelled)
                {
                    // Signing up again is a new consent: the address confirms it again, unless an invitation link proves it.
                    existing.EmailConfirmedAt = null;
                }
                registration.Apply(input.ToChange(), Now);
                registration.GroupId = groupId;
                registration.ConsentedAt = Now;
                registration.ConsentVersion = consentVersion;
                registration.CancelledAt = null;
                registration.TicketCode = registration.TicketCode.Length > 0 ? registration.TicketCode : NewTicketCode();
                if (invitation is not null)
                {
                    // The invitation reached this address: that is the proof double opt-in asks for.
                    registration.EmailConfirmedAt ??= Now;
                    registration.Source = RegistrationSource.Invitation;
                }
                registration.Status = RegistrationStatus.Invited;
                if (await HasFreePlaceAsync(l, ct))
                {
                    registration.Status = registration.EmailConfirmedAt is null ? RegistrationStatus.Pending : RegistrationStatus.Confirmed;
                    registration.ConfirmBy = registration.EmailConfirmedAt is null ? Now.AddHours(options.Value.ConfirmationHours) : null;
                }
                else if (l.Settings.KeepsWaitingList)
                {
                    registration.Status = RegistrationStatus.WaitingList;
                    registration.WaitingSince = Now;
                }
                else
                {
                    return new Refusal(RefusalKind.Conflict, text["EventFull"]);
                }
                if (registration.EmailConfirmedAt is not null)
                {
                    if (registration.Status == RegistrationStatus.Confirmed)
                    {
                        mails.Ticket(db, registration, l.Event, l.Process);
                    }
                    else
                    {
                        mails.WaitingList(db, registration, l.Event, l.Process);
                    }
                }
                else
                {
                    // One confirmation for the whole group: its link confirms every registration in it.
                    first ??= registration;
                    unconfirmedTitles.Add(l.Event.Title);
                }
                receipts.Add(new RegistrationReceipt(registration.Status, registration.EmailConfirmedAt is null));
            }
            if (first is not null)
            {
                var l = events.First(e => e.Event.Id == first.EventId);
                mails.Confirm(db, first, l.Event, l.Process, unconfirmedTitles);
            }
            return receipts;
        }, ct);
}
