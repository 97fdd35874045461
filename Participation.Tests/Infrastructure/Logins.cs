using System.Net;
using System.Net.Http.Headers;
using Participation.Api.Identity;

namespace Participation.Tests.Infrastructure;

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>An account made by the administrator for a test, with a client logged in as it.</summary>
public sealed record TestAccount(Guid Id, string Email, string Password, HttpClient Client);

public static class Logins
{
    public const string Password = "Passwort-fuer-Tests-1";

    public static Task<HttpClient> AdminClientAsync(this ParticipationFactory factory) =>
        factory.LoggedInClientAsync(ParticipationFactory.AdminEmail, ParticipationFactory.AdminPassword);

    public static async Task<HttpClient> LoggedInClientAsync(this ParticipationFactory factory, string email, string password)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/auth/login", new { email, password })).ReadAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>
    /// Creates an account through the administrator and logs it in. Without <paramref name="mayCreateProcesses"/>
    /// it has no account-wide role: what it may do comes from process memberships only.
    /// </summary>
    public static async Task<TestAccount> CreateAccountAsync(
        this ParticipationFactory factory, HttpClient admin, bool mayCreateProcesses = false, bool isAdministrator = false)
    {
        var email = $"person-{Guid.NewGuid():N}@participation.test";
        var account = await (await admin.PostJsonAsync("/api/accounts", new
        {
            email,
            displayName = "Test Person",
            password = Password,
            mayCreateProcesses,
            isAdministrator,
        })).ReadAsync<AccountResponse>(HttpStatusCode.Created);
        return new TestAccount(account.Id, email, Password, await factory.LoggedInClientAsync(email, Password));
    }

    /// <summary>Creates an account and gives it <paramref name="role"/> ("organiser" or "facilitator") in the process.</summary>
    public static async Task<TestAccount> CreateMemberAsync(this ParticipationFactory factory, HttpClient admin, Guid processId, string role)
    {
        var account = await factory.CreateAccountAsync(admin);
        var response = await admin.PutJsonAsync($"/api/processes/{processId}/members", new { email = account.Email, role });
        await response.ReadAsync<MembershipResponse>();
        return account;
    }
}
