using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>Administrators create the accounts of organisers and facilitators.</summary>
public static class AccountsApi
{
    public static void MapAccounts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accounts").WithTags("Accounts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Administrator)).WithStandardProblems();
        group.MapGet("/", ListAccounts).WithName(nameof(ListAccounts));
        group.MapPost("/", CreateAccount).WithName(nameof(CreateAccount)).WithValidation<AccountInput>();
        group.MapDelete("/{id:guid}", DeleteAccount).WithName(nameof(DeleteAccount));
    }

    public static async Task<Ok<List<AccountResponse>>> ListAccounts(ParticipationDb db, CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(a => a.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => new AccountResponse(
            a.Id, a.Email!, a.DisplayName, roles.Where(r => r.UserId == a.Id).Select(r => r.Name!).Order().ToList(), new DateTimeOffset(a.CreatedAt),
            IsInvited(a))).ToList());
    }

    public static bool IsInvited(Account account) => account.PasswordHash is null && !account.EmailConfirmed;

    /// <summary>Administrators also organise: the rule of every path that makes accounts.</summary>
    public static List<string> RolesFor(bool mayCreateProcesses, bool isAdministrator)
    {
        var roles = new List<string>();
        if (isAdministrator) roles.Add(Roles.Administrator);
        if (mayCreateProcesses || isAdministrator) roles.Add(Roles.Organiser);
        return roles;
    }

    public static async Task<Results<Created<AccountResponse>, ValidationProblem>> CreateAccount(
        AccountInput input, UserManager<Account> users, ParticipationDb db, TimeProvider clock, IStringLocalizer<Messages> text)
    {
        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Validation.Problem("email", text["AccountExists"], text);
        }
        var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var roles = RolesFor(input.MayCreateProcesses, input.IsAdministrator);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(account, input.Password);
        if (!created.Succeeded)
        {
            return Validation.Problem(created.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
                e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)), text);
        }
        if (roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(account, roles);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", added.Errors.Select(e => e.Description)));
            }
        }
        await transaction.CommitAsync();
        return TypedResults.Created($"/api/accounts/{account.Id}", new AccountResponse(account.Id, email, account.DisplayName, roles.Order().ToList(), new DateTimeOffset(account.CreatedAt)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAccount(
        Guid id, UserManager<Account> users, IStringLocalizer<Messages> text)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } account)
        {
            return Problems.NotFound(text, "Account");
        }
        if (await users.IsInRoleAsync(account, Roles.Administrator) && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1)
        {
            return Problems.Conflict(text, "LastAdministrator");
        }
        await users.DeleteAsync(account);
        return TypedResults.NoContent();
    }
}
