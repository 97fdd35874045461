namespace Participation.Api.Email;

/// <summary>Who an email is from and for, and what it belongs to.</summary>
public sealed record MailEnvelope(
    string Kind,
    string ToAddress,
    string? ToName,
    Guid? ProcessId,
    Guid? EventId = null,
    Guid? RegistrationId = null,
    string? SenderName = null,
    string? ReplyTo = null);
