using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Credentials;

/// <summary>
/// Where the OpenID provider sends the browser back. A known sign-in goes straight in; a new one is
/// matched to the account with the same verified address and linked to it. Without an account,
/// nobody gets in unless <c>Participation:Auth:Oidc:CreateAccounts</c> says so.
/// </summary>
public sealed class ExternalModel(
    SignInManager<Account> signIn, UserManager<Account> users, IOptions<OidcOptions> oidc, TimeProvider clock,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/organise";
        if (await signIn.GetExternalLoginInfoAsync() is not { } info)
        {
            return Refuse(text["Login.External.Failed"]);
        }
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) is { } linked)
        {
            if (await users.IsLockedOutAsync(linked))
            {
                return Refuse(messages["LockedOut"]);
            }
            // Before the sign-in, so that its cookie carries them.
            await AddRolesAsync(linked, info.Principal);
        }
        // The provider asks for its own second factor; a code here as well would ask twice.
        var known = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (known.Succeeded)
        {
            return LocalRedirect(target);
        }
        if (known.IsLockedOut)
        {
            return Refuse(messages["LockedOut"]);
        }
        if (await MatchAsync(info) is not { } account)
        {
            return Refuse(text["Login.External.NoAccount"]);
        }
        if (await users.IsLockedOutAsync(account))
        {
            return Refuse(messages["LockedOut"]);
        }
        await AddRolesAsync(account, info.Principal);
        await signIn.SignInAsync(account, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }

    /// <summary>Only an address the provider says it verified may stand for an account here.</summary>
    private async Task<Account?> MatchAsync(ExternalLoginInfo info)
    {
        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var verified = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(email) || !verified)
        {
            return null;
        }
        var account = await users.FindByEmailAsync(email);
        if (account is null && oidc.Value.CreateAccounts)
        {
            account = new Account
            {
                UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
                DisplayName = info.Principal.FindFirstValue("name") ?? info.Principal.FindFirstValue(ClaimTypes.Name) ?? email,
            };
            if (!(await users.CreateAsync(account)).Succeeded)
            {
                return null;
            }
        }
        if (account is null || !(await users.AddLoginAsync(account, info)).Succeeded)
        {
            return null;
        }
        if (!account.EmailConfirmed)
        {
            // An invited account that signs on instead of setting a password: the provider confirmed the address.
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }
        return account;
    }

    private async Task AddRolesAsync(Account account, ClaimsPrincipal external)
    {
        if (oidc.Value.RoleClaim is not { Length: > 0 } claim)
        {
            return;
        }
        var named = external.FindAll(claim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var current = await users.GetRolesAsync(account);
        var added = Roles.All.Where(named.Contains).Except(current).ToList();
        if (added.Count > 0)
        {
            await users.AddToRolesAsync(account, added);
        }
    }

    private PageResult Refuse(string message)
    {
        Message = message;
        return Page();
    }
}
