namespace Participation.Api.Identity;

/// <summary>
/// Bound from <c>Participation:Auth:Oidc</c>: single sign-on through the administration's OpenID
/// provider (Keycloak, AD FS, Entra ID). Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions
{
    public const string Scheme = "oidc";

    /// <summary>The provider's issuer address, such as https://sso.kreis.example/realms/verwaltung.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>The name on the button: "Anmelden mit {DisplayName}".</summary>
    public string DisplayName { get; set; } = "Single Sign-on";

    /// <summary>A claim whose values name roles here ("Administrator", "Organiser"); they are added at each sign-on, never taken away.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>A verified address without an account gets one; otherwise an administrator invites first.</summary>
    public bool CreateAccounts { get; set; }

    /// <summary>Only for a provider on the same machine in tests; a real provider is reached over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public bool IsValid() => !IsConfigured || (
        Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
        && (authority.Scheme == Uri.UriSchemeHttps || (!RequireHttpsMetadata && authority.Scheme == Uri.UriSchemeHttp))
        && !string.IsNullOrWhiteSpace(ClientId)
        && Scopes.Contains("openid")
        && !string.IsNullOrWhiteSpace(DisplayName));
}
