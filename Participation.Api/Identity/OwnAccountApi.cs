using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;
using Participation.Api.Qr;

namespace Participation.Api.Identity;

/// <summary>
/// What every signed-in person does with their own account: change the password and set up
/// one-time codes (TOTP) from an authenticator app, with recovery codes for a lost phone.
/// </summary>
public static class OwnAccountApi
{
    public const int RecoveryCodeCount = 10;

    public static void MapOwnAccount(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Own account").RequireAuthorization().WithStandardProblems();
        group.MapPost("/password", ChangePassword).WithName(nameof(ChangePassword)).WithValidation<ChangePasswordInput>()
            .WithSummary("Changes the password; ends the account's other sessions.");
        group.MapGet("/two-factor", GetTwoFactor).WithName(nameof(GetTwoFactor));
        group.MapPost("/two-factor/setup", SetUpTwoFactor).WithName(nameof(SetUpTwoFactor))
            .WithSummary("A new key for the authenticator app; codes are asked for once it is confirmed with /two-factor/enable.");
        group.MapPost("/two-factor/enable", EnableTwoFactor).WithName(nameof(EnableTwoFactor)).WithValidation<TwoFactorCodeInput>()
            .WithSummary("Confirms the key with a code from the app and returns ten recovery codes, shown once.");
        group.MapPost("/two-factor/recovery-codes", NewRecoveryCodes).WithName(nameof(NewRecoveryCodes)).WithValidation<TwoFactorPasswordInput>()
            .WithSummary("Ten new recovery codes; the old ones stop working.");
        group.MapPost("/two-factor/disable", DisableTwoFactor).WithName(nameof(DisableTwoFactor)).WithValidation<TwoFactorPasswordInput>();
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePassword(
        ChangePasswordInput input, ClaimsPrincipal user, UserManager<Account> users, SignInManager<Account> signIn, IStringLocalizer<Messages> text)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        if (!await ConfirmsPasswordAsync(signIn, account, input.CurrentPassword))
        {
            return Validation.Problem("currentPassword", text["Password.Wrong"], text);
        }
        var changed = await users.ChangePasswordAsync(account, input.CurrentPassword, input.NewPassword);
        if (!changed.Succeeded)
        {
            return IdentityResults.Problem(changed, "newPassword", text);
        }
        await KeepThisSessionAsync(user, account, signIn);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<TwoFactorStatus>, UnauthorizedHttpResult>> GetTwoFactor(
        ClaimsPrincipal user, UserManager<Account> users, IOptions<AuthOptions> auth)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        var required = auth.Value.RequireTwoFactorForAdministrators && await users.IsInRoleAsync(account, Roles.Administrator);
        return TypedResults.Ok(new TwoFactorStatus(account.TwoFactorEnabled, await users.CountRecoveryCodesAsync(account), required));
    }

    public static async Task<Results<Ok<TwoFactorSetup>, ProblemHttpResult, UnauthorizedHttpResult>> SetUpTwoFactor(
        ClaimsPrincipal user, UserManager<Account> users, SignInManager<Account> signIn, QrCodes qr, IStringLocalizer<Messages> text)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        if (account.TwoFactorEnabled)
        {
            // A new key would silently break the app that works; turn the codes off first.
            return Problems.Conflict(text, "TwoFactor.AlreadyOn");
        }
        await users.ResetAuthenticatorKeyAsync(account);
        await KeepThisSessionAsync(user, account, signIn);
        return TypedResults.Ok(SetupFor(account, (await users.GetAuthenticatorKeyAsync(account))!, qr));
    }

    /// <summary>The key as authenticator apps read it from a QR code (the otpauth URI they all understand).</summary>
    public static TwoFactorSetup SetupFor(Account account, string key, QrCodes qr)
    {
        var uri = $"otpauth://totp/Participation:{Uri.EscapeDataString(account.Email!)}?secret={key}&issuer=Participation&digits=6";
        return new TwoFactorSetup(key, uri, qr.Svg(uri));
    }

    public static async Task<Results<Ok<RecoveryCodes>, ValidationProblem, UnauthorizedHttpResult>> EnableTwoFactor(
        TwoFactorCodeInput input, ClaimsPrincipal user, UserManager<Account> users, SignInManager<Account> signIn, IStringLocalizer<Messages> text)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        var code = input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (await users.GetAuthenticatorKeyAsync(account) is null
            || !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Validation.Problem("code", text["TwoFactor.WrongCode"], text);
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        await KeepThisSessionAsync(user, account, signIn);
        return TypedResults.Ok(new RecoveryCodes(codes!.ToList()));
    }

    public static async Task<Results<Ok<RecoveryCodes>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> NewRecoveryCodes(
        TwoFactorPasswordInput input, ClaimsPrincipal user, UserManager<Account> users, SignInManager<Account> signIn, IStringLocalizer<Messages> text)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        if (!account.TwoFactorEnabled)
        {
            return Problems.Conflict(text, "TwoFactor.NotOn");
        }
        if (!await ConfirmsPasswordAsync(signIn, account, input.Password))
        {
            return Validation.Problem("password", text["Password.Wrong"], text);
        }
        return TypedResults.Ok(new RecoveryCodes((await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))!.ToList()));
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> DisableTwoFactor(
        TwoFactorPasswordInput input, ClaimsPrincipal user, UserManager<Account> users, SignInManager<Account> signIn, IStringLocalizer<Messages> text)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        // A session left open on a shared computer must not be enough to take the second factor away.
        if (!await ConfirmsPasswordAsync(signIn, account, input.Password))
        {
            return Validation.Problem("password", text["Password.Wrong"], text);
        }
        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await KeepThisSessionAsync(user, account, signIn);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The password asked again before a change an open session alone must not make; wrong guesses count
    /// toward the lockout as at the login, so a left-open session is no way round it.
    /// </summary>
    private static async Task<bool> ConfirmsPasswordAsync(SignInManager<Account> signIn, Account account, string password) =>
        (await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true)).Succeeded;

    /// <summary>
    /// The change gave the account a new security stamp, which ends its sessions; the page login
    /// that made the change gets a fresh cookie and stays (a bearer token is not checked against the stamp).
    /// </summary>
    private static async Task KeepThisSessionAsync(ClaimsPrincipal user, Account account, SignInManager<Account> signIn)
    {
        var bearer = signIn.Context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && user.Identity?.IsAuthenticated == true)
        {
            await signIn.RefreshSignInAsync(account);
        }
    }
}
