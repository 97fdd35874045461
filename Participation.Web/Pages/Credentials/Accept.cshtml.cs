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

/// <summary>The page the invitation link opens: the first password, then the login page.</summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class AcceptModel(
    UserManager<Account> users, IOptions<AuthOptions> auth, IValidator<AcceptInvitationInput> validator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    public int PasswordMinLength => auth.Value.PasswordMinLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new AcceptInvitationInput(Email ?? "", Token ?? "", Password ?? "");
        return await this.SubmitAsync(validator, input, messages,
            async () => (await InvitationsApi.AcceptInvitation(input, users, messages)).Result,
            _ => this.RedirectWithNotice("/login", text["AccountPages.Accept.Done"]),
            ct);
    }
}
