using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Identity;
using Participation.Api.Security;

namespace Participation.Web.Pages.Credentials;

/// <summary>The page the reset link opens: a new password, then back to the login page.</summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class ResetModel(
    UserManager<Account> users, IOptions<AuthOptions> auth, IValidator<ResetPasswordInput> validator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    public int PasswordMinLength => auth.Value.PasswordMinLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new ResetPasswordInput(Email ?? "", Token ?? "", NewPassword ?? "");
        return await this.SubmitAsync(validator, input, messages,
            async () => (await PasswordResetApi.ResetPassword(input, users, messages)).Result,
            _ => this.RedirectWithNotice("/login", text["AccountPages.Reset.Done"]),
            ct);
    }
}
