using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Participation.Api.Identity;

/// <summary>
/// A page login slides while it is used, but not forever: it ends <c>Participation:Auth:SessionMaxHours</c>
/// after the password was typed. The sliding renewal rewrites the cookie's issue time, so the
/// time of the sign-in itself travels in the cookie's properties.
/// </summary>
internal static class SessionLimit
{
    private const string SignedInAt = "participation.signedInAt";

    public static Task RememberSignInAsync(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SignedInAt, Now(context.HttpContext).ToString("O"));
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var maximum = TimeSpan.FromHours(context.HttpContext.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SessionMaxHours);
        var signedIn = context.Properties.Items.TryGetValue(SignedInAt, out var value) && DateTimeOffset.TryParse(value, out var at)
            ? at
            : context.Properties.IssuedUtc;
        if (signedIn is null || Now(context.HttpContext) - signedIn.Value > maximum)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
