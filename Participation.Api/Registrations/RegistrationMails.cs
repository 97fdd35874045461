using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;
using Participation.Api.Qr;
using Participation.Api.Localisation;

namespace Participation.Api.Registrations;

/// <summary>
/// Every email a registration causes, in the attendee's language, into the outbox of the caller's
/// unit of work. Each carries the link that opens the registration, to change or cancel it.
/// </summary>
public sealed class RegistrationMails(
    Outbox mailOutbox, RegistrationTokens tokens, PublicAddress address, QrCodes qr, IStringLocalizer<Messages> text,
    IOptions<RegistrationOptions> options, TimeProvider clock)
{
    public const string ConfirmKind = "confirm";
    public const string TicketKind = "ticket";
    public const string WaitingListKind = "waitingList";
    public const string PromotedKind = "promoted";
    public const string CancelledKind = "cancelled";
    public const string InvitationKind = "invitation";
    public const string ReminderKind = "reminder";
    public const string MessageKind = "message";
    public const string CertificateKind = "certificate";
    public const string AlreadyRegisteredKind = "alreadyRegistered";

    /// <summary>Double opt-in: the link that confirms the address (and with it the place or the waiting-list entry).</summary>
    /// <summary><paramref name="titles"/> names every event a series sign-up covers; the one link confirms them all.</summary>
    public void Confirm(ParticipationDb db, Registration r, Event e, Process p, IReadOnlyList<string>? titles = null) => Write(db, ConfirmKind, r, e, p, mail =>
    {
        var content = Content(r, "Mail.Confirm.Heading");
        if (titles is { Count: > 1 })
        {
            content.Paragraph(T("Mail.Confirm.Series", string.Join("\n", titles.Select(t => $"– {t}"))));
        }
        else
        {
            content.Paragraph(T(r.Status == RegistrationStatus.WaitingList ? "Mail.Confirm.WaitingList" : "Mail.Confirm.Place", e.Title));
        }
        content.Action(T("Mail.Confirm.Action"), ConfirmUrl(r))
            .Small(T("Mail.Confirm.Expiry", options.Value.ConfirmationHours));
        return mail.Send(T("Mail.Confirm.Subject", e.Title), titles is { Count: > 1 } ? content : Facts(content, e, p));
    });

    /// <summary>The place is certain: event details, the ticket's QR code and the calendar entry.</summary>
    public void Ticket(ParticipationDb db, Registration r, Event e, Process p, string kind = TicketKind) => Write(db, kind, r, e, p, mail =>
    {
        var content = Content(r, kind == PromotedKind ? "Mail.Promoted.Heading" : "Mail.Ticket.Heading")
            .Paragraph(T(kind == PromotedKind ? "Mail.Promoted.Text" : "Mail.Ticket.Text", e.Title));
        Facts(content, e, p).Fact(T("Mail.TicketCode"), r.TicketCode).Paragraph(T("Mail.Ticket.Show"));
        return mail.Send(T(kind == PromotedKind ? "Mail.Promoted.Subject" : "Mail.Ticket.Subject", e.Title), content,
            new MailAttachment("ticket.png", "image/png", qr.Png(r.TicketCode, 10)),
            new MailAttachment("event.ics", "text/calendar; method=PUBLISH; charset=utf-8", CalendarFiles.Invitation(Calendar(e, p), Now())));
    });

    public void WaitingList(ParticipationDb db, Registration r, Event e, Process p) => Write(db, WaitingListKind, r, e, p, mail =>
        mail.Send(T("Mail.WaitingList.Subject", e.Title), Facts(Content(r, "Mail.WaitingList.Heading").Paragraph(T("Mail.WaitingList.Text", e.Title)), e, p)));

    /// <summary>Someone signed up again with an address that is already registered: a reminder of the existing registration, nothing new.</summary>
    public void AlreadyRegistered(ParticipationDb db, Registration r, Event e, Process p) => Write(db, AlreadyRegisteredKind, r, e, p, mail =>
        mail.Send(T("Mail.Already.Subject", e.Title), Facts(Content(r, "Mail.Already.Heading")
            .Paragraph(T("Mail.Already.Text", e.Title, T($"Status.{r.Status}"))), e, p)));

    public void Cancelled(ParticipationDb db, Registration r, Event e, Process p, bool byOrganiser) => Write(db, CancelledKind, r, e, p, mail =>
        mail.Send(T("Mail.Cancelled.Subject", e.Title),
            Facts(Content(r, "Mail.Cancelled.Heading").Paragraph(T(byOrganiser ? "Mail.Cancelled.ByOrganiser" : "Mail.Cancelled.Text", e.Title)), e, p),
            new MailAttachment("event.ics", "text/calendar; method=CANCEL; charset=utf-8", CalendarFiles.Cancellation(Calendar(e, p), Now()))),
        withManageLink: false);

    public void Invitation(ParticipationDb db, Registration r, Event e, Process p) => Write(db, InvitationKind, r, e, p, mail =>
    {
        var expires = Now().AddDays(options.Value.InvitationValidDays);
        var url = LinkLanguage.For($"{address.BaseUrl()}/events/{e.Id}?invitation={Uri.EscapeDataString(tokens.Create(RegistrationTokens.Invitation, r, expires))}", r.Language);
        var content = Content(r, "Mail.Invitation.Heading").Paragraph(T("Mail.Invitation.Text", e.Title, p.Organisation ?? p.Title));
        Facts(content, e, p).Action(T("Mail.Invitation.Action"), url);
        return mail.Send(T("Mail.Invitation.Subject", e.Title), content);
    }, withManageLink: false);

    public void Reminder(ParticipationDb db, Registration r, Event e, Process p, string? organiserText) => Write(db, ReminderKind, r, e, p, mail =>
    {
        var content = Content(r, "Mail.Reminder.Heading").Paragraph(T("Mail.Reminder.Text", e.Title));
        if (!string.IsNullOrWhiteSpace(organiserText))
        {
            content.Paragraph(organiserText);
        }
        Facts(content, e, p).Fact(T("Mail.TicketCode"), r.TicketCode);
        return mail.Send(T("Mail.Reminder.Subject", e.Title), content,
            new MailAttachment("ticket.png", "image/png", qr.Png(r.TicketCode, 10)));
    });

    /// <summary>The organiser's own message to the attendees.</summary>
    public void Message(ParticipationDb db, Registration r, Event e, Process p, string subject, string body) => Write(db, MessageKind, r, e, p, mail =>
        mail.Send(subject, Facts(Content(r, subject, literalHeading: true).Paragraph(body), e, p)));

    public void Certificate(ParticipationDb db, Registration r, Event e, Process p, byte[] pdf) => Write(db, CertificateKind, r, e, p, mail =>
        mail.Send(T("Mail.Certificate.Subject", e.Title),
            Content(r, "Mail.Certificate.Heading").Paragraph(T("Mail.Certificate.Text", e.Title)),
            new MailAttachment(T("Mail.Certificate.FileName") + ".pdf", "application/pdf", pdf)),
        withManageLink: false);

    public string ManageUrl(Registration r, Event e) => LinkLanguage.For(
        $"{address.BaseUrl()}/r/{Uri.EscapeDataString(tokens.Create(RegistrationTokens.Manage, r, e.EndsAt.AddDays(options.Value.ManageLinkDaysAfterEvent)))}", r.Language);

    public string ConfirmUrl(Registration r) => LinkLanguage.For(
        $"{address.BaseUrl()}/r/confirm/{Uri.EscapeDataString(tokens.Create(RegistrationTokens.Confirm, r, r.ConfirmBy ?? Now().AddHours(options.Value.ConfirmationHours)))}", r.Language);

    public static CalendarEntry Calendar(Event e, Process p) => new(
        $"{e.Id:N}@participation", e.Title, e.StartsAt, e.EndsAt, e.TimeZone, e.Venue ?? e.OnlineUrl, e.Description, e.OnlineUrl,
        p.MailSenderName ?? p.Organisation, p.MailReplyTo);

    private delegate OutboxMessage? Compose(Writer writer);

    private void Write(ParticipationDb db, string kind, Registration r, Event e, Process p, Compose compose, bool withManageLink = true)
    {
        if (r.Email is null)
        {
            return;
        }
        using var language = CultureScope.Use(r.Language);
        compose(new Writer(this, db, new MailEnvelope(kind, r.Email, r.Name, p.Id, e.Id, r.Id, p.MailSenderName ?? p.Organisation, p.MailReplyTo),
            withManageLink ? ManageUrl(r, e) : null));
    }

    private sealed record Writer(RegistrationMails Mails, ParticipationDb Db, MailEnvelope Envelope, string? ManageUrl)
    {
        public OutboxMessage Send(string subject, MailContent content, params MailAttachment[] attachments)
        {
            if (ManageUrl is not null)
            {
                content.Action(Mails.T("Mail.Manage.Action"), ManageUrl).Small(Mails.T("Mail.Manage.Text"));
            }
            content.Small(Mails.T("Mail.Footer"));
            return Mails.Queue(Db, Envelope, subject, content, attachments);
        }
    }

    private MailContent Content(Registration r, string heading, bool literalHeading = false) =>
        new MailContent(SpokenLanguages.Current, literalHeading ? heading : T(heading))
            .Paragraph(T("Mail.Greeting", r.Name));

    private MailContent Facts(MailContent content, Event e, Process p)
    {
        var starts = TimeZones.InZone(e.StartsAt, e.TimeZone);
        var ends = TimeZones.InZone(e.EndsAt, e.TimeZone);
        var when = starts.Date == ends.Date
            ? $"{starts.ToString("D", CultureInfo.CurrentCulture)}, {starts:t}–{ends:t}"
            : $"{starts.ToString("D", CultureInfo.CurrentCulture)}, {starts:t} – {ends.ToString("D", CultureInfo.CurrentCulture)}, {ends:t}";
        return content.Fact(T("Mail.Event"), e.Title).Fact(T("Mail.When"), $"{when} ({e.TimeZone})")
            .Fact(T("Mail.Where"), e.Venue).Fact(T("Mail.Online"), e.OnlineUrl).Fact(T("Mail.Organiser"), p.Organisation ?? p.Title);
    }

    private OutboxMessage Queue(ParticipationDb db, MailEnvelope envelope, string subject, MailContent content, MailAttachment[] attachments) =>
        mailOutbox.Add(db, envelope, subject, content, attachments);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private string T(string key, params object[] arguments) => text[key, arguments];
}
