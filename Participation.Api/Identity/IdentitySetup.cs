using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Participation.Api.Data;

namespace Participation.Api.Identity;

public static class IdentitySetup
{
    /// <summary>
    /// Accounts on the same database. API clients send a bearer token, pages
    /// use the cookie; both reach every endpoint (Identity's composite scheme).
    /// </summary>
    public static IServiceCollection AddParticipationIdentity(this IServiceCollection services, AuthOptions auth)
    {
        services.AddIdentityApiEndpoints<Account>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = auth.PasswordMinLength;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = auth.MaxFailedLogins;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddErrorDescriber<LocalisedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddEntityFrameworkStores<ParticipationDb>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromMinutes(auth.ResetTokenMinutes));
        services.Configure<InvitationTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(auth.InvitationDays));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(auth.SecurityStampMinutes));

        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(auth.AccessTokenMinutes);
            bearer.RefreshTokenExpiration = TimeSpan.FromDays(auth.RefreshTokenDays);
        });

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "participation.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(auth.CookieHours);
            cookie.SlidingExpiration = true;
            cookie.Events.OnSigningIn = SessionLimit.RememberSignInAsync;
            cookie.Events.OnValidatePrincipal = SessionLimit.ValidateAsync;
            // An API call never gets a login page; it gets the status code (and problem details).
            cookie.Events.OnRedirectToLogin = context => Answer(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Answer(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });

        services.AddScoped<ProcessAccess>();
        services.AddScoped<AdminBootstrap>();
        services.AddScoped<AccountMails>();
        return services;
    }

    private static Task Answer(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }
        return Task.CompletedTask;
    }
}
