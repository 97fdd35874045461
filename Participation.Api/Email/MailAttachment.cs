namespace Participation.Api.Email;

/// <summary>A file sent with an email: the calendar entry, the ticket's QR code, a certificate.</summary>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);
