using System.Net;
using Microsoft.Playwright;
using Participation.Api.Identity;
using Participation.Tests.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>Single sign-on through a real OpenID provider (oidc-provider under Node), in Chromium.</summary>
public sealed class SingleSignOnBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OidcTestProvider provider = null!;
    private ParticipationFactory factory = null!;
    private string baseUrl = "";

    public async Task InitializeAsync()
    {
        var port = LoopbackPorts.Free();
        baseUrl = $"http://127.0.0.1:{port}";
        provider = await OidcTestProvider.StartAsync($"{baseUrl}/signin-oidc");
        factory = new ParticipationFactory
        {
            Settings = new()
            {
                ["Participation:Auth:Oidc:Authority"] = provider.Issuer,
                ["Participation:Auth:Oidc:ClientId"] = OidcTestProvider.ClientId,
                ["Participation:Auth:Oidc:ClientSecret"] = OidcTestProvider.ClientSecret,
                ["Participation:Auth:Oidc:DisplayName"] = "Kreis-Login",
                ["Participation:Auth:Oidc:RequireHttpsMetadata"] = "false",
            },
        };
        factory.UseKestrel(port);
        factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task An_invited_account_signs_on_through_the_provider_and_is_linked_to_it()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"sso-{Guid.NewGuid():N}@kreis.example";
        await (await admin.PostJsonAsync("/api/accounts/invitations", new { email, displayName = "Über SSO" })).ReadAsync<AccountResponse>(HttpStatusCode.Accepted);
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "de-DE" });
        var page = await context.NewPageAsync();

        await SignOnAsync(page, email);

        await Assertions.Expect(page).ToHaveURLAsync($"{baseUrl}/organise");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mein Konto" })).ToBeVisibleAsync();
        var listed = (await (await admin.GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>()).Single(a => a.Email == email);
        Assert.False(listed.Invited);
    }

    [Fact]
    public async Task A_sign_on_without_an_account_here_gets_no_account_and_no_session()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var email = $"fremd-{Guid.NewGuid():N}@kreis.example";

        await SignOnAsync(page, email);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("kein Konto");
        await page.GotoAsync("/organise");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        var accounts = await (await (await factory.AdminClientAsync()).GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>();
        Assert.DoesNotContain(accounts, a => a.Email == email);
    }

    /// <summary>The provider's own login form takes the address as the account, then asks for consent once.</summary>
    private async Task SignOnAsync(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden mit Kreis-Login" }).ClickAsync();
        await page.FillAsync("input[name=login]", email);
        await page.FillAsync("input[name=password]", "beliebig");
        await page.ClickAsync("button[type=submit]");
        var consent = page.Locator("button[type=submit]:has-text('Continue')");
        if (await consent.CountAsync() > 0 || await WaitForAsync(consent))
        {
            await consent.ClickAsync();
        }
        await page.WaitForURLAsync(url => url.StartsWith(baseUrl, StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
    }

    private static async Task<bool> WaitForAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = 5000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
