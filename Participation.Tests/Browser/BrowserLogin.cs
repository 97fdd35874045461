using Microsoft.Playwright;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

public static class BrowserLogin
{
    /// <summary>Fills the login form the page shows (the login page, or where a protected page sent it) as the administrator and sends it.</summary>
    public static async Task LogInAsAdminAsync(this IPage page)
    {
        await page.FillAsync("#email", ParticipationFactory.AdminEmail);
        await page.FillAsync("#password", ParticipationFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]:has-text('Anmelden')");
    }
}
