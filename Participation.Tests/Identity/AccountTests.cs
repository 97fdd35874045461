using System.Net;
using System.Net.Http.Headers;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

public sealed class AccountTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task The_configured_administrator_exists_on_a_fresh_database()
    {
        var admin = await factory.AdminClientAsync();

        var me = await (await admin.GetAsync("/api/auth/me")).ReadAsync<MeResponse>();

        Assert.Equal(ParticipationFactory.AdminEmail, me.Email);
        Assert.Equal(["Administrator", "Organiser"], me.Roles);
    }

    [Fact]
    public async Task An_administrator_creates_accounts_with_the_roles_asked_for()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"anna-{Guid.NewGuid():N}@participation.test";

        var response = await admin.PostJsonAsync("/api/accounts", new { email, displayName = "Anna Beispiel", password = Logins.Password, mayCreateProcesses = true, isAdministrator = false });
        var created = await response.ReadAsync<AccountResponse>(HttpStatusCode.Created);
        var plain = await factory.CreateAccountAsync(admin);
        var second = await factory.CreateAccountAsync(admin, isAdministrator: true);

        Assert.Equal(("Anna Beispiel", email), (created.DisplayName, created.Email));
        Assert.Equal(["Organiser"], created.Roles);
        var listed = await (await admin.GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>();
        Assert.Equal(["Organiser"], listed.Single(a => a.Id == created.Id).Roles);
        Assert.Empty(listed.Single(a => a.Id == plain.Id).Roles);
        Assert.Equal(["Administrator", "Organiser"], listed.Single(a => a.Id == second.Id).Roles);
        var me = await (await (await factory.LoggedInClientAsync(email, Logins.Password)).GetAsync("/api/auth/me")).ReadAsync<MeResponse>();
        Assert.Equal((created.Id, "Anna Beispiel"), (me.Id, me.DisplayName));
    }

    [Fact]
    public async Task The_me_endpoint_lists_the_process_memberships()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");

        var me = await (await facilitator.Client.GetAsync("/api/auth/me")).ReadAsync<MeResponse>();

        var membership = Assert.Single(me.Memberships);
        Assert.Equal((process.Id, ProcessRole.Facilitator), (membership.ProcessId, membership.Role));
    }

    public static TheoryData<string, object?, string> InvalidAccounts => new()
    {
        { "email", "", "email" },
        { "email", "kein-at-zeichen", "email" },
        { "email", ParticipationFactory.AdminEmail, "email" },
        { "displayName", "", "displayName" },
        { "password", "", "password" },
        { "password", "kurz1A", "password" },
    };

    [Theory]
    [MemberData(nameof(InvalidAccounts))]
    public async Task An_invalid_account_is_rejected_naming_the_field_and_nothing_is_stored(string field, object? value, string named)
    {
        var admin = await factory.AdminClientAsync();
        var name = $"Ungültig {Guid.NewGuid():N}";
        var body = new Dictionary<string, object?>
        {
            ["email"] = $"x-{Guid.NewGuid():N}@participation.test", ["displayName"] = name, ["password"] = Logins.Password,
        }.With(field, value);

        var problem = await (await admin.PostJsonAsync("/api/accounts", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(named));
        var listed = await (await admin.GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>();
        Assert.DoesNotContain(listed, a => a.DisplayName == name);
    }

    [Fact]
    public async Task A_too_short_password_is_explained_in_German_by_default()
    {
        var admin = await factory.AdminClientAsync();
        var body = new { email = $"x-{Guid.NewGuid():N}@participation.test", displayName = "Kurz", password = "kurz1A" };

        var problem = await (await admin.PostJsonAsync("/api/accounts", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.DoesNotContain(problem.MessagesFor("password"), message => message.Contains("Passwords must", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deleted_account_can_no_longer_log_in()
    {
        var admin = await factory.AdminClientAsync();
        var account = await factory.CreateAccountAsync(admin);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/accounts/{account.Id}")).StatusCode);

        var login = await factory.CreateClient().PostJsonAsync("/api/auth/login", new { email = account.Email, password = account.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_deleted()
    {
        await using var alone = new ParticipationFactory();
        var admin = await alone.AdminClientAsync();
        var me = await (await admin.GetAsync("/api/auth/me")).ReadAsync<MeResponse>();

        var problem = await (await admin.DeleteAsync($"/api/accounts/{me.Id}")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Das letzte Administrationskonto kann nicht gelöscht werden.", problem.Title);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_problem()
    {
        var client = factory.CreateClient();

        var problem = await (await client.PostJsonAsync("/api/auth/login", new { email = ParticipationFactory.AdminEmail, password = "falsch-falsch" })).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("E-Mail-Adresse oder Passwort stimmen nicht.", problem.Title);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_working_access_token()
    {
        var client = factory.CreateClient();
        var login = await (await client.PostJsonAsync("/api/auth/login", new { email = ParticipationFactory.AdminEmail, password = ParticipationFactory.AdminPassword })).ReadAsync<TokenResponse>();

        var refreshed = await (await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = login.RefreshToken })).ReadAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);

        Assert.Equal("Bearer", refreshed.TokenType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        var refused = await factory.CreateClient().PostJsonAsync("/api/auth/refresh", new { refreshToken = "unsinn" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Too_many_wrong_passwords_lock_the_account()
    {
        var admin = await factory.AdminClientAsync();
        var account = await factory.CreateAccountAsync(admin);
        var client = factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await (await client.PostJsonAsync("/api/auth/login", new { email = account.Email, password = "falsch-falsch" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await (await client.PostJsonAsync("/api/auth/login", new { email = account.Email, password = account.Password })).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.StartsWith("Zu viele Fehlversuche.", locked.Title);
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_memberships()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/accounts/{facilitator.Id}")).StatusCode);

        var members = await (await admin.GetAsync($"/api/processes/{process.Id}/members")).ReadAsync<List<MembershipResponse>>();
        Assert.DoesNotContain(members, m => m.AccountId == facilitator.Id);
    }
}
