using Microsoft.AspNetCore.DataProtection;

namespace Participation.Api.Registrations;

/// <summary>
/// The secrets in emailed links: signed and encrypted by data protection, one purpose each, with an
/// expiry and the registration's stamp, so a link for one thing never works for another and dies
/// when the registration changes hands. Nothing is stored for them.
/// </summary>
public sealed class RegistrationTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Confirm = "confirm";
    public const string Manage = "manage";
    public const string Invitation = "invitation";

    public string Create(string purpose, Registration registration, DateTime expiresUtc) =>
        Protector(purpose).Protect($"{registration.Id:N}.{registration.Stamp}", new DateTimeOffset(DateTime.SpecifyKind(expiresUtc, DateTimeKind.Utc)));

    /// <summary>The registration id and stamp the token was made for; null when forged, damaged or expired.</summary>
    public (Guid Id, int Stamp)? Read(string purpose, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }
        try
        {
            var payload = Protector(purpose).Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow())
            {
                return null;
            }
            var parts = payload.Split('.');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) && int.TryParse(parts[1], out var stamp) ? (id, stamp) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string purpose) =>
        protection.CreateProtector("Participation.Registrations", purpose).ToTimeLimitedDataProtector();
}
