using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

public sealed class LockoutTests : IAsyncLifetime
{
    private readonly ParticipationFactory factory = new()
    {
        Settings = new() { ["Participation:Auth:MaxFailedLogins"] = "3", ["Participation:Auth:LockoutMinutes"] = "20" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_locked_out_account_cannot_log_in_even_with_the_right_password()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(account.Email, "Falsches-Passwort-1")).StatusCode);
        }
        var refused = await (await client.LoginAsync(account.Email, account.Password)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("gesperrt", refused.Title);
    }

    [Fact]
    public async Task Wrong_passwords_asked_again_in_an_open_session_count_toward_the_lockout()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var session = await factory.LoggedInClientAsync(account.Email, account.Password);

        for (var i = 0; i < 3; i++)
        {
            await (await session.PostJsonAsync("/api/account/two-factor/disable", new { password = "Geraten-Nummer-" + i }))
                .ProblemAsync(HttpStatusCode.BadRequest);
        }
        var refused = await (await factory.CreateClient().LoginAsync(account.Email, account.Password)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("gesperrt", refused.Title);
    }

    [Fact]
    public async Task The_lock_lasts_the_configured_minutes_and_then_the_right_password_works_again()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var client = factory.CreateClient();
        var before = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++)
        {
            await client.LoginAsync(account.Email, "Falsches-Passwort-1");
        }
        var after = DateTimeOffset.UtcNow;

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var locked = (await users.FindByEmailAsync(account.Email))!;
        var until = await users.GetLockoutEndDateAsync(locked);
        Assert.InRange(until!.Value, before.AddMinutes(20), after.AddMinutes(20));

        // Identity reads the lock against the system clock, so the lock is moved back instead of the clock forward.
        await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(account.Email, account.Password)).StatusCode);
    }

    [Fact]
    public async Task The_login_page_says_the_account_is_locked_and_does_not_sign_in()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var page = factory.CreateClient(new() { AllowAutoRedirect = false });
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        for (var i = 0; i < 3; i++)
        {
            await page.PostFormAsync("/login", new() { ["email"] = account.Email, ["password"] = "Falsches-Passwort-1" });
        }

        var answer = await page.PostFormAsync("/login", new() { ["email"] = account.Email, ["password"] = account.Password });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("vorübergehend gesperrt", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/organise")).StatusCode);
    }
}
