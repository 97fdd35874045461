using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Participation.Api.Identity;

public static class OidcSetup
{
    /// <summary>
    /// The OpenID Connect handler exists only when an authority is configured; it signs in to
    /// Identity's external cookie, and the login page's callback matches that to an account.
    /// </summary>
    public static IServiceCollection AddParticipationSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Participation:Auth:Oidc");
        services.AddOptions<OidcOptions>().Bind(section)
            .Validate(o => o.IsValid(), "Participation:Auth:Oidc needs an absolute https Authority, a ClientId, the scope openid and a DisplayName once Authority is set.")
            .ValidateOnStart();
        var oidc = section.Get<OidcOptions>() ?? new OidcOptions();
        if (!oidc.IsConfigured || !oidc.IsValid())
        {
            return services;
        }
        services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.GetClaimsFromUserInfoEndpoint = true;
            // The provider's claim names (email, email_verified, name) as they are, not renamed to WS-* URIs.
            o.MapInboundClaims = false;
            // Matching an account needs to know the address was verified; many providers say so only in userinfo.
            o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
            o.SaveTokens = false;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Clear();
            foreach (var scope in oidc.Scopes)
            {
                o.Scope.Add(scope);
            }
        });
        return services;
    }
}
