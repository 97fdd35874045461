using System.Net;
using Microsoft.Extensions.Time.Testing;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

/// <summary>Page logins end: at the absolute limit however active, and when the account changes under them.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly ParticipationFactory factory;

    public SessionTests() => factory = new ParticipationFactory
    {
        Clock = clock,
        Settings = new()
        {
            ["Participation:Auth:CookieHours"] = "48",
            ["Participation:Auth:SessionMaxHours"] = "24",
            ["Participation:Auth:SecurityStampMinutes"] = "0",
        },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_page_login_in_use_ends_at_the_absolute_limit_after_the_sign_in()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var page = await factory.PageClientAsync(account.Email, account.Password);

        clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/organise")).StatusCode);
        clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/organise")).StatusCode);
        clock.Advance(TimeSpan.FromHours(2));
        var ended = await page.GetAsync("/organise");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/login", ended.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_administrator_ends_every_session_of_an_account()
    {
        var admin = await factory.AdminClientAsync();
        var account = await factory.CreateAccountAsync(admin);
        var page = await factory.PageClientAsync(account.Email, account.Password);
        var tokens = await (await factory.CreateClient().LoginAsync(account.Email, account.Password)).ReadAsync<TokenResponse>();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/accounts/{account.Id}/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/organise")).StatusCode);
        var refresh = await factory.CreateClient().PostJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await account.Client.PostAsync($"/api/accounts/{account.Id}/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/accounts/{Guid.NewGuid()}/sign-out", null)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var here = await factory.PageClientAsync(account.Email, account.Password);
        var elsewhere = await factory.PageClientAsync(account.Email, account.Password);

        var changed = await here.PostJsonAsync("/api/account/password", new { currentPassword = account.Password, newPassword = "Ganz-neues-Passwort-9" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/organise")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/organise")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_account_loses_its_page_login()
    {
        var admin = await factory.AdminClientAsync();
        var account = await factory.CreateAccountAsync(admin);
        var page = await factory.PageClientAsync(account.Email, account.Password);

        await admin.DeleteAsync($"/api/accounts/{account.Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/organise")).StatusCode);
    }
}
