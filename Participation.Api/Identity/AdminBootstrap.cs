using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Participation.Api.Identity;

/// <summary>Makes sure the roles exist and, on a fresh database, creates the configured first administrator.</summary>
public sealed class AdminBootstrap(
    UserManager<Account> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<AdminOptions> admin,
    TimeProvider clock,
    ILogger<AdminBootstrap> log)
{
    public async Task RunAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        var configured = admin.Value;
        if (!string.IsNullOrWhiteSpace(configured.Email) && !string.IsNullOrWhiteSpace(configured.Password))
        {
            if (await users.FindByEmailAsync(configured.Email) is null)
            {
                var account = await CreateAdministratorAsync(configured.Email, configured.Password);
                log.LogInformation("Created the administrator {AccountId} from configuration.", account.Id);
            }
            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 0)
        {
            log.LogWarning(
                "There is no administrator yet. Set Participation:Admin:Email and Participation:Admin:Password, " +
                "or run: dotnet run --project Participation.Web -- create-admin you@example.org");
        }
    }

    /// <summary>Creates an administrator, or makes an existing account one and gives it this password.</summary>
    public async Task<Account> CreateAdministratorAsync(string email, string password)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAt = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(account, password));
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            Check(await users.ResetPasswordAsync(account, token, password));
            await users.SetLockoutEndDateAsync(account, null);
            // Restoring is for an administrator who lost access, perhaps with the phone that made the codes.
            await users.SetTwoFactorEnabledAsync(account, false);
            await users.ResetAuthenticatorKeyAsync(account);
        }
        foreach (var role in Roles.All)
        {
            if (!await users.IsInRoleAsync(account, role))
            {
                Check(await users.AddToRoleAsync(account, role));
            }
        }
        return account;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
