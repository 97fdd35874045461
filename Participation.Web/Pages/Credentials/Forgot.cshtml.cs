using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Identity;
using Participation.Api.Security;

namespace Participation.Web.Pages.Credentials;

/// <summary>"Passwort vergessen?": asks for the address and says the same whether it has an account or not.</summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class ForgotModel(
    UserManager<Account> users, ParticipationDb db, AccountMails mails, Outbox outbox,
    IValidator<ForgotPasswordInput> validator, IStringLocalizer<Messages> messages) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new ForgotPasswordInput(Email ?? "");
        return await this.SubmitAsync(validator, input, messages,
            async () => await PasswordResetApi.ForgotPassword(input, users, db, mails, outbox),
            _ =>
            {
                Sent = true;
                return Page();
            },
            ct);
    }
}
