using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>
/// Administrators invite organisers and facilitators by email instead of handing out passwords:
/// the account waits without a password until the invited person sets one with the link.
/// </summary>
public static class InvitationsApi
{
    public static void MapInvitations(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/accounts").WithTags("Accounts").WithStandardProblems()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Administrator))
            .MapPost("/invitations", InviteAccount).WithName(nameof(InviteAccount)).WithValidation<AccountInvitationInput>()
            .WithSummary("Creates an account without a password and emails the link to set one; again for an invited account, a new link that ends the old one.");
        routes.MapGroup("/api/auth").WithTags("Authentication").WithStandardProblems().AllowAnonymous().RequireRateLimiting(Security.RateLimits.Login)
            .MapPost("/accept-invitation", AcceptInvitation).WithName(nameof(AcceptInvitation)).WithValidation<AcceptInvitationInput>()
            .WithSummary("Sets the first password with the token from the invitation and confirms the address.");
    }

    public static async Task<Results<Accepted<AccountResponse>, ValidationProblem>> InviteAccount(
        AccountInvitationInput input, ClaimsPrincipal user, UserManager<Account> users, ParticipationDb db, AccountMails mails, Outbox outbox,
        TimeProvider clock, IStringLocalizer<Messages> text)
    {
        var email = input.Email.Trim();
        var roles = AccountsApi.RolesFor(input.Roles?.Contains(Roles.Organiser) == true, input.Roles?.Contains(Roles.Administrator) == true);
        var inviter = await users.GetUserAsync(user);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var account = await users.FindByEmailAsync(email);
        if (account is not null && !AccountsApi.IsInvited(account))
        {
            return Validation.Problem("email", text["AccountExists"], text);
        }
        if (account is null)
        {
            account = new Account { UserName = email, Email = email, EmailConfirmed = false, DisplayName = input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                return IdentityResults.Problem(created, "email", text);
            }
        }
        else
        {
            account.DisplayName = input.DisplayName.Trim();
            // A new stamp ends the link of the earlier invitation.
            await users.UpdateSecurityStampAsync(account);
        }
        var current = await users.GetRolesAsync(account);
        await users.RemoveFromRolesAsync(account, current.Except(roles));
        await users.AddToRolesAsync(account, roles.Except(current));
        var token = await users.GenerateUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        mails.Invitation(db, account, token, inviter?.DisplayName ?? "");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        outbox.Wake();
        return TypedResults.Accepted($"/api/accounts/{account.Id}",
            new AccountResponse(account.Id, email, account.DisplayName, roles.Order().ToList(), new DateTimeOffset(account.CreatedAt), Invited: true));
    }

    public static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(
        AcceptInvitationInput input, UserManager<Account> users, IStringLocalizer<Messages> text)
    {
        var account = await users.FindByEmailAsync(input.Email.Trim());
        if (account is null || !AccountsApi.IsInvited(account)
            || !await users.VerifyUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, input.Token))
        {
            return Validation.Problem("token", text["Token.Invalid"], text);
        }
        var added = await users.AddPasswordAsync(account, input.Password);
        if (!added.Succeeded)
        {
            return IdentityResults.Problem(added, "password", text);
        }
        account.EmailConfirmed = true;
        await users.UpdateAsync(account);
        return TypedResults.NoContent();
    }
}
