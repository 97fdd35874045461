using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Registrations;

/// <summary>The organiser's message to the people coming (and, if wished, those waiting).</summary>
public sealed record AttendeeMessageInput(string Subject, string Body, bool IncludeWaitingList = false);

public sealed record MailingReport(int Queued);

public sealed partial class RegistrationService
{
    public async Task<Outcome<MailingReport>> MessageAttendeesAsync(Guid eventId, AttendeeMessageInput input, CancellationToken ct)
    {
        if (await EventAndProcessAsync(eventId, ct) is not ({ } @event, { } process))
        {
            return NotFound("Event");
        }
        var recipients = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Email != null && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.CheckedIn
                || (input.IncludeWaitingList && r.Status == RegistrationStatus.WaitingList)))
            .ToListAsync(ct);
        foreach (var r in recipients)
        {
            mails.Message(db, r, @event, process, input.Subject.Trim(), input.Body.Trim());
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return new MailingReport(recipients.Count);
    }

    /// <summary>Sends the attendance certificate to everyone checked in who has not had one (or to all of them again).</summary>
    public async Task<Outcome<MailingReport>> SendCertificatesAsync(Guid eventId, bool again, RegistrationPrints prints, CancellationToken ct)
    {
        if (await EventAndProcessAsync(eventId, ct) is not ({ } @event, { } process))
        {
            return NotFound("Event");
        }
        var attendees = await db.Registrations
            .Where(r => r.EventId == eventId && r.Email != null && r.Status == RegistrationStatus.CheckedIn && (again || r.CertificateQueuedAt == null))
            .OrderBy(r => r.Name).ToListAsync(ct);
        var printed = @event.ToPrinted(process);
        foreach (var r in attendees)
        {
            byte[] pdf;
            using (CultureScope.Use(r.Language))
            {
                pdf = prints.Certificate(printed, new PrintedAttendee(r.Name, r.Organisation, r.Perspective),
                    TimeZones.InZone(Now, @event.TimeZone).ToString("d", CultureInfo.CurrentCulture), process.MailSenderName ?? process.Organisation);
            }
            mails.Certificate(db, r, @event, process, pdf);
            r.CertificateQueuedAt = Now;
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return new MailingReport(attendees.Count);
    }

    private async Task<(Event Event, Process Process)?> EventAndProcessAsync(Guid eventId, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        return @event is null ? null : (@event, await db.Processes.AsNoTracking().FirstAsync(p => p.Id == @event.ProcessId, ct));
    }
}
