using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Api.Data;

namespace Participation.Api.Email;

/// <summary>
/// Puts emails into the outbox table of the caller's unit of work; they leave when the caller
/// commits, and not otherwise. <see cref="Wake"/> after the commit sends them without waiting for the next poll.
/// </summary>
public sealed class Outbox(IOptions<SmtpOptions> smtp, TimeProvider clock, OutboxSignal signal)
{
    public OutboxMessage Add(ParticipationDb db, MailEnvelope envelope, string subject, MailContent content, params MailAttachment[] attachments)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            Kind = envelope.Kind, ProcessId = envelope.ProcessId, EventId = envelope.EventId, RegistrationId = envelope.RegistrationId,
            To = envelope.ToAddress, Subject = subject, Mime = [], State = OutboxState.Queued, NextAttemptAt = now, CreatedAt = now,
        };
        var message = new MimeMessage
        {
            Subject = subject,
            Date = new DateTimeOffset(now, TimeSpan.Zero),
            // Fixed by the row: a message sent again after a crash is recognisably the same message.
            MessageId = $"{row.Id:N}@participation",
        };
        message.From.Add(new MailboxAddress(envelope.SenderName ?? "Participation", smtp.Value.From));
        if (envelope.ReplyTo is { Length: > 0 } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }
        message.To.Add(new MailboxAddress(envelope.ToName ?? "", envelope.ToAddress));
        var body = new BodyBuilder { TextBody = content.Text(), HtmlBody = content.Html() };
        foreach (var attachment in attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.MediaType));
        }
        message.Body = body.ToMessageBody();
        using var bytes = new MemoryStream();
        message.WriteTo(bytes);
        row.Mime = bytes.ToArray();
        db.OutboxMessages.Add(row);
        return row;
    }

    public void Wake() => signal.Wake();
}

/// <summary>Lets a commit wake the sender at once instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}
