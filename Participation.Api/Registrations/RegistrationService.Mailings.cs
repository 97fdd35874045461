using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Registrations;

/// <summary>The organiser's message to the people coming (and, if wished, those waiting).</summary>
public sealed record AttendeeMessageInput(string Subject, string Body, bool IncludeWaitingList = false);

public sealed record MailingReport(int Queued);

public sealed partial class RegistrationService
{
    public async Task<Outcome<MailingReport>> MessageAttendeesAsync(Guid eventId, AttendeeMessageInput input, CancellationToken ct)
    {
        var (l, found) = await LoadAsync(eventId, ct);
        if (found is not null)
        {
            return found;
        }
        var recipients = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Email != null && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.CheckedIn
                || (input.IncludeWaitingList && r.Status == RegistrationStatus.WaitingList)))
            .ToListAsync(ct);
        foreach (var r in recipients)
        {
            mails.Message(db, r, l!.Event, l.Process, input.Subject.Trim(), input.Body.Trim());
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return new MailingReport(recipients.Count);
    }

    /// <summary>Sends the attendance certificate to everyone checked in who has not had one (or to all of them again).</summary>
    public async Task<Outcome<MailingReport>> SendCertificatesAsync(Guid eventId, bool again, RegistrationPrints prints, CancellationToken ct)
    {
        var (l, found) = await LoadAsync(eventId, ct);
        if (found is not null)
        {
            return found;
        }
        var attendees = await db.Registrations
            .Where(r => r.EventId == eventId && r.Email != null && r.Status == RegistrationStatus.CheckedIn && (again || r.CertificateQueuedAt == null))
            .OrderBy(r => r.Name).ToListAsync(ct);
        var printed = l!.Event.ToPrinted(l.Process);
        foreach (var r in attendees)
        {
            var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var culture = CultureInfo.GetCultureInfo(ParticipationSetup.Cultures.Contains(r.Language) ? r.Language : ParticipationSetup.Cultures[0]);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            byte[] pdf;
            try
            {
                pdf = prints.Certificate(printed, new PrintedAttendee(r.Name, r.Organisation, r.Perspective),
                    TimeZones.InZone(Now, l.Event.TimeZone).ToString("d", culture), l.Process.MailSenderName ?? l.Process.Organisation);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            }
            mails.Certificate(db, r, l.Event, l.Process, pdf);
            r.CertificateQueuedAt = Now;
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return new MailingReport(attendees.Count);
    }

    private async Task<(Locked? Loaded, Refusal? NotFound)> LoadAsync(Guid eventId, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return (null, NotFound("Event"));
        }
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == @event.ProcessId, ct);
        return (new Locked(new RegistrationSettings { EventId = eventId }, @event, process), null);
    }
}
