using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Participation.Api.Identity;

/// <summary>
/// With <c>Participation:Auth:RequireTwoFactorForAdministrators</c>, an administrator without
/// one-time codes signs in as an ordinary account: enough to set the codes up on the account
/// page, not enough to manage accounts or see every process.
/// </summary>
internal sealed class AccountClaimsFactory(
    UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> identity, IOptions<AuthOptions> auth)
    : UserClaimsPrincipalFactory<Account, IdentityRole<Guid>>(users, roles, identity)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account account)
    {
        var claims = await base.GenerateClaimsAsync(account);
        if (auth.Value.RequireTwoFactorForAdministrators && !account.TwoFactorEnabled
            && claims.FindFirst(c => c.Type == Options.ClaimsIdentity.RoleClaimType && c.Value == Roles.Administrator) is { } administrator)
        {
            claims.RemoveClaim(administrator);
        }
        return claims;
    }
}
