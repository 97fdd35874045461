using System.Net;
using System.Text.Json;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

/// <summary>One-time codes from an authenticator app, computed here with Otp.NET from the key the account page shows.</summary>
public sealed class TwoFactorTests : IAsyncLifetime
{
    private readonly ParticipationFactory factory = new() { Settings = new() { ["Participation:Auth:MaxFailedLogins"] = "3" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task With_codes_on_a_login_without_a_code_is_refused_as_code_required_and_the_right_code_gets_in()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var (key, _) = await account.Client.EnableTwoFactorAsync();
        var client = factory.CreateClient();

        var withoutCode = await client.LoginAsync(account.Email, account.Password);
        var problem = await withoutCode.ProblemAsync(HttpStatusCode.Unauthorized);
        var body = JsonDocument.Parse(await withoutCode.Content.ReadAsStringAsync()).RootElement;
        var withCode = await client.LoginAsync(account.Email, account.Password, twoFactorCode: AccountArrange.Code(key));

        Assert.Equal("Einmalcode erforderlich", problem.Title);
        Assert.True(body.GetProperty("twoFactorRequired").GetBoolean());
        var token = await withCode.ReadAsync<TokenResponse>();
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var (_, recovery) = await account.Client.EnableTwoFactorAsync();
        var client = factory.CreateClient();

        Assert.Equal(10, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(account.Email, account.Password, twoFactorRecoveryCode: recovery[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(account.Email, account.Password, twoFactorRecoveryCode: recovery[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(account.Email, account.Password, twoFactorRecoveryCode: recovery[1])).StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_count_toward_the_lockout()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var (key, _) = await account.Client.EnableTwoFactorAsync();
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var wrong = await (await client.LoginAsync(account.Email, account.Password, twoFactorCode: "000000")).ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.NotEqual("Einmalcode erforderlich", wrong.Title);
        }
        var locked = await (await client.LoginAsync(account.Email, account.Password, twoFactorCode: AccountArrange.Code(key))).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("gesperrt", locked.Title);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_codes_on_and_turning_them_off_needs_the_password()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        await account.Client.PostAsync("/api/account/two-factor/setup", null);

        var wrong = await (await account.Client.PostJsonAsync("/api/account/two-factor/enable", new { code = "123456" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrong.MessagesFor("code"));
        Assert.False((await (await account.Client.GetAsync("/api/account/two-factor")).ReadAsync<TwoFactorStatus>()).Enabled);

        await account.Client.EnableTwoFactorAsync();
        var refused = await (await account.Client.PostJsonAsync("/api/account/two-factor/disable", new { password = "Falsch-1234567" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.MessagesFor("password"));
        Assert.Equal(HttpStatusCode.NoContent, (await account.Client.PostJsonAsync("/api/account/two-factor/disable", new { password = account.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().LoginAsync(account.Email, account.Password)).StatusCode);
    }

    [Fact]
    public async Task The_login_page_asks_for_the_code_in_a_second_step()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var (key, _) = await account.Client.EnableTwoFactorAsync();
        var page = factory.CreateClient(new() { AllowAutoRedirect = false });
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var first = await page.PostFormAsync("/login", new() { ["email"] = account.Email, ["password"] = account.Password });
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("name=\"code\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/organise")).StatusCode);

        var second = await page.PostFormAsync("/login", new() { ["code"] = AccountArrange.Code(key) }, "/login?handler=Code");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/organise")).StatusCode);
    }

    [Fact]
    public async Task The_account_page_shows_the_key_and_its_qr_code_and_turns_codes_on_with_a_code()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var page = await factory.PageClientAsync(account.Email, account.Password);

        var setup = await page.PostFormAsync("/organise/account", new(), "/organise/account?handler=SetUp");
        var html = await setup.Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(html, "data-shared-key=\"(?<key>[A-Z2-7]+)\"").Groups["key"].Value;
        Assert.False(string.IsNullOrEmpty(key), html);
        Assert.Contains("<svg", html);

        var enabled = await page.PostFormAsync("/organise/account", new() { ["code"] = AccountArrange.Code(key) }, "/organise/account?handler=Enable");
        var shown = await enabled.Content.ReadAsStringAsync();
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(shown, "<li class=\"recovery-code\">").Count);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/organise/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().LoginAsync(account.Email, account.Password)).StatusCode);
    }
}

/// <summary>With the setting on, an administrator's rights wait for the second factor.</summary>
public sealed class RequiredTwoFactorTests : IAsyncLifetime
{
    private readonly ParticipationFactory factory = new() { Settings = new() { ["Participation:Auth:RequireTwoFactorForAdministrators"] = "true" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_administrator_without_codes_may_only_set_them_up_and_has_the_rights_again_with_a_code()
    {
        var admin = await factory.AdminClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/accounts")).StatusCode);
        Assert.True((await (await admin.GetAsync("/api/account/two-factor")).ReadAsync<TwoFactorStatus>()).Required);
        var (key, _) = await admin.EnableTwoFactorAsync();

        var again = factory.CreateClient();
        var token = await (await again.LoginAsync(ParticipationFactory.AdminEmail, ParticipationFactory.AdminPassword, twoFactorCode: AccountArrange.Code(key))).ReadAsync<TokenResponse>();
        again.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/accounts")).StatusCode);
    }
}
