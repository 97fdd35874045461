using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<MembershipResponse> Memberships);

/// <summary>
/// Login for API clients. Identity's own endpoint set would also open
/// self-registration to the world; accounts here are made by administrators,
/// so only the sign-in parts are mapped.
/// </summary>
public static class AuthApi
{
    public static void MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Authentication");
        group.MapPost("/login", Login).WithName(nameof(Login)).AllowAnonymous().RequireRateLimiting(Security.RateLimits.Login)
            .Produces<AccessTokenResponse>()
            .WithSummary("Returns a bearer token (or sets the cookie with ?useCookies=true); an account with one-time codes also sends twoFactorCode or twoFactorRecoveryCode.");
        group.MapPost("/refresh", Refresh).WithName(nameof(Refresh)).AllowAnonymous().RequireRateLimiting(Security.RateLimits.Login)
            .Produces<AccessTokenResponse>()
            .WithSummary("Exchanges a refresh token for a new bearer token.");
        group.MapPost("/logout", Logout).WithName(nameof(Logout)).RequireAuthorization();
        group.MapGet("/me", Me).WithName(nameof(Me)).RequireAuthorization();
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest login, SignInManager<Account> signIn, IStringLocalizer<Messages> text, bool? useCookies = null)
    {
        var cookie = useCookies == true;
        signIn.AuthenticationScheme = cookie ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email ?? "", login.Password ?? "", isPersistent: cookie, lockoutOnFailure: true);
        var twoFactor = result.RequiresTwoFactor;
        if (twoFactor)
        {
            if (!string.IsNullOrWhiteSpace(login.TwoFactorCode))
            {
                result = await signIn.TwoFactorAuthenticatorSignInAsync(login.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal), cookie, rememberClient: false);
            }
            else if (!string.IsNullOrWhiteSpace(login.TwoFactorRecoveryCode))
            {
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(login.TwoFactorRecoveryCode.Trim());
            }
            else
            {
                return TypedResults.Problem(title: text["TwoFactor.CodeRequired"], detail: text["TwoFactor.CodeRequired.Detail"],
                    statusCode: StatusCodes.Status401Unauthorized, extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
            }
        }
        if (result.Succeeded)
        {
            // The sign-in handler has written the token (or the cookie) already.
            return TypedResults.Empty;
        }
        return TypedResults.Problem(title: text[result.IsLockedOut ? "LockedOut" : twoFactor ? "TwoFactor.WrongCode" : "LoginFailed"],
            statusCode: StatusCodes.Status401Unauthorized);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest refresh, SignInManager<Account> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider clock, IStringLocalizer<Messages> text)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(refresh.RefreshToken);
        var stillValid = ticket?.Properties.ExpiresUtc is { } expires && clock.GetUtcNow() < expires;
        if (!stillValid || await signIn.ValidateSecurityStampAsync(ticket!.Principal) is not { } account)
        {
            return TypedResults.Problem(title: text["RefreshFailed"], statusCode: StatusCodes.Status401Unauthorized);
        }
        var principal = await signIn.CreateUserPrincipalAsync(account);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<NoContent> Logout(SignInManager<Account> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> Me(
        ClaimsPrincipal user, UserManager<Account> users, ParticipationDb db, CancellationToken ct)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        var roles = await users.GetRolesAsync(account);
        var memberships = await MembersApi.MembershipsOf(db, account.Id).ToListAsync(ct);
        return TypedResults.Ok(new MeResponse(account.Id, account.Email!, account.DisplayName, roles.Order().ToList(), memberships));
    }
}
