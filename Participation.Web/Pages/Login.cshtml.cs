using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages;

/// <summary>Email and password, then the one-time code when the account uses one, or a single sign-on button when configured.</summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<Account> signIn, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool Remember { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool AskForCode { get; private set; }
    public IReadOnlyList<AuthenticationScheme> ExternalLogins { get; private set; } = [];

    /// <summary>Only the configured OpenID provider; other handlers with a display name are not logins for people.</summary>
    public async Task OnGetAsync() =>
        ExternalLogins = (await signIn.GetExternalAuthenticationSchemesAsync()).Where(s => s.Name == OidcOptions.Scheme).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError("email", text["Login.EmailMissing"]);
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("password", text["Login.PasswordMissing"]);
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, Remember, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            // Identity keeps who passed the first step in its own short-lived cookie.
            AskForCode = true;
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("email", messages[result.IsLockedOut ? "LockedOut" : "LoginFailed"]);
            return await ShowAsync();
        }
        return Done();
    }

    public async Task<IActionResult> OnPostCodeAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            ModelState.AddModelError("email", text["Login.CodeTooLate"]);
            return await ShowAsync();
        }
        AskForCode = true;
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(RecoveryCode))
        {
            ModelState.AddModelError("code", text["Login.CodeMissing"]);
            return Page();
        }
        var result = string.IsNullOrWhiteSpace(Code)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal), Remember, rememberClient: false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Code) ? "recoveryCode" : "code", messages[result.IsLockedOut ? "LockedOut" : "TwoFactor.WrongCode"]);
            return Page();
        }
        return Done();
    }

    public async Task<IActionResult> OnPostExternalAsync(string? provider)
    {
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync();
        if (provider != OidcOptions.Scheme || schemes.All(s => s.Name != provider))
        {
            return await ShowAsync();
        }
        var callback = Url.Page("/Credentials/External", values: new { returnUrl = LocalReturnUrl() })!;
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, callback), provider!);
    }

    private async Task<IActionResult> ShowAsync()
    {
        await OnGetAsync();
        return Page();
    }

    private IActionResult Done() => LocalRedirect(LocalReturnUrl());

    private string LocalReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/organise";
}
