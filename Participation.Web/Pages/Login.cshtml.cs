using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages;

[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<Account> signIn, IStringLocalizer<Messages> messages, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool Remember { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

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
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, Remember, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("email", messages[result.IsLockedOut ? "LockedOut" : "LoginFailed"]);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/organise");
    }
}
