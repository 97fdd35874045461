using MimeKit;

namespace Participation.Api.Extensions;

public static class EmailAddresses
{
    /// <summary>One plain address with a dot in its domain, as a mail server would accept it ("name@kreis.de").</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > 254 || !MailboxAddress.TryParse(value.Trim(), out var parsed))
        {
            return false;
        }
        var domain = parsed.Domain;
        return string.IsNullOrEmpty(parsed.Name) && parsed.LocalPart.Length > 0 && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !value.Contains(',') && !value.Contains(';');
    }

    /// <summary>The stored form: trimmed, lower case.</summary>
    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
