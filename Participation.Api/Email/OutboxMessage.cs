namespace Participation.Api.Email;

/// <summary>
/// One email, written in the same transaction as the change that causes it and delivered later by
/// <see cref="OutboxSender"/>. The whole MIME message is kept, so a resend is the same message.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Kind { get; set; }
    public Guid? ProcessId { get; set; }
    public Guid? EventId { get; set; }
    public Guid? RegistrationId { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required byte[] Mime { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>UTC; not tried again before this instant.</summary>
    public DateTime NextAttemptAt { get; set; }
    /// <summary>An instance that took the message for delivery holds it until then; after a crash another takes it.</summary>
    public DateTime? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    /// <summary>"smtp" or "file" (the .eml written to the data directory when no SMTP server is set).</summary>
    public string? DeliveredBy { get; set; }
    /// <summary>The instance that delivered it (<c>Participation:InstanceName</c>).</summary>
    public string? SentBy { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum OutboxState
{
    Queued,
    Sent,
    /// <summary>Given up: the server refused the address, or every retry failed.</summary>
    Failed,
}
