using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>A forgotten password is replaced with the link from an email; the answer never tells whether an account exists.</summary>
public static class PasswordResetApi
{
    public static void MapPasswordReset(this IEndpointRouteBuilder routes)
    {
        // Limited like logins: each call can send an email, and tokens must not be guessed by volume.
        var group = routes.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous().RequireRateLimiting(Security.RateLimits.Login).WithStandardProblems();
        group.MapPost("/forgot-password", ForgotPassword).WithName(nameof(ForgotPassword)).WithValidation<ForgotPasswordInput>()
            .WithSummary("Emails a link to set a new password, if the address has an account; answers the same either way.");
        group.MapPost("/reset-password", ResetPassword).WithName(nameof(ResetPassword)).WithValidation<ResetPasswordInput>()
            .WithSummary("Sets a new password with the token from the email; ends every other session of the account.");
    }

    public static async Task<Accepted> ForgotPassword(
        ForgotPasswordInput input, UserManager<Account> users, ParticipationDb db, AccountMails mails, Outbox outbox)
    {
        if (await users.FindByEmailAsync(input.Email.Trim()) is { } account)
        {
            mails.PasswordReset(db, account, await users.GeneratePasswordResetTokenAsync(account));
            await db.SaveChangesAsync();
            outbox.Wake();
        }
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<NoContent, ValidationProblem>> ResetPassword(
        ResetPasswordInput input, UserManager<Account> users, IStringLocalizer<Messages> text)
    {
        if (await users.FindByEmailAsync(input.Email.Trim()) is not { } account)
        {
            return Validation.Problem("token", text["Token.Invalid"], text);
        }
        var reset = await users.ResetPasswordAsync(account, input.Token, input.NewPassword);
        if (!reset.Succeeded)
        {
            return IdentityResults.Problem(reset, "newPassword", text);
        }
        // The link proved the address; a lockout from guessing ends with the new password.
        account.EmailConfirmed = true;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        await users.UpdateAsync(account);
        return TypedResults.NoContent();
    }
}
