using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>An administrator ends every session of an account (a lost laptop, someone leaving).</summary>
public static class AccountSessionsApi
{
    public static void MapAccountSessions(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/accounts").WithTags("Accounts").WithStandardProblems()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Administrator))
            .MapPost("/{id:guid}/sign-out", SignOutEverywhere).WithName(nameof(SignOutEverywhere))
            .WithSummary("Ends the account's page logins (within Participation:Auth:SecurityStampMinutes) and its refresh tokens.");

    public static async Task<Results<NoContent, ProblemHttpResult>> SignOutEverywhere(Guid id, UserManager<Account> users, IStringLocalizer<Messages> text)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } account)
        {
            return Problems.NotFound(text, "Account");
        }
        await users.UpdateSecurityStampAsync(account);
        return TypedResults.NoContent();
    }
}
