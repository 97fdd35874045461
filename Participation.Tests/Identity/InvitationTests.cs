using System.Net;
using Participation.Api.Identity;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Identity;

/// <summary>Organisers are invited by email and set their own password; nobody hands one out.</summary>
public sealed class InvitationTests : IAsyncLifetime
{
    private SmtpTestServer smtp = null!;
    private ParticipationFactory factory = null!;

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task An_invited_organiser_sets_the_password_with_the_link_and_then_logs_in()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"koordination-{Guid.NewGuid():N}@kreis.example";

        var invited = await (await admin.PostJsonAsync("/api/accounts/invitations", new { email, displayName = "Koordinierungsstelle", roles = new[] { "Organiser" } }))
            .ReadAsync<AccountResponse>(HttpStatusCode.Accepted);

        Assert.True(invited.Invited);
        Assert.Equal(["Organiser"], invited.Roles);
        var listed = (await (await admin.GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>()).Single(a => a.Email == email);
        Assert.True(listed.Invited);
        var mail = await smtp.WaitForMessageAsync(m => m.Recipient() == email, TimeSpan.FromSeconds(20));
        Assert.Contains("Einladung", mail.Subject);
        var (linkEmail, token) = mail.Link("/account/accept");
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostJsonAsync("/api/auth/accept-invitation", new { email = linkEmail, token, password = "Eigenes-Passwort-2026" })).StatusCode);

        var me = await (await (await factory.LoggedInClientAsync(email, "Eigenes-Passwort-2026")).GetAsync("/api/auth/me")).ReadAsync<MeResponse>();
        Assert.Equal("Koordinierungsstelle", me.DisplayName);
        Assert.Equal(["Organiser"], me.Roles);
        Assert.False((await (await admin.GetAsync("/api/accounts")).ReadAsync<List<AccountResponse>>()).Single(a => a.Email == email).Invited);
        var twice = await (await anonymous.PostJsonAsync("/api/auth/accept-invitation", new { email = linkEmail, token, password = "Anderes-Passwort-2026" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(twice.MessagesFor("token"));
    }

    [Fact]
    public async Task Inviting_again_sends_a_new_link_and_the_old_one_stops_working()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"moderation-{Guid.NewGuid():N}@kreis.example";
        await admin.PostJsonAsync("/api/accounts/invitations", new { email, displayName = "Moderation" });
        var first = (await smtp.WaitForMessageAsync(m => m.Recipient() == email, TimeSpan.FromSeconds(20))).Link("/account/accept");

        await (await admin.PostJsonAsync("/api/accounts/invitations", new { email, displayName = "Moderation" })).ReadAsync<AccountResponse>(HttpStatusCode.Accepted);
        var second = (await smtp.WaitForMessageAsync(m => m.Recipient() == email && m.Link("/account/accept").Token != first.Token, TimeSpan.FromSeconds(20)))
            .Link("/account/accept");
        var anonymous = factory.CreateClient();

        var old = await (await anonymous.PostJsonAsync("/api/auth/accept-invitation", new { email, first.Token, password = "Eigenes-Passwort-2026" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(old.MessagesFor("token"));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostJsonAsync("/api/auth/accept-invitation", new { email, second.Token, password = "Eigenes-Passwort-2026" })).StatusCode);
    }

    [Fact]
    public async Task An_invited_account_cannot_log_in_before_accepting_and_an_account_with_a_password_cannot_be_invited_over()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"wartet-{Guid.NewGuid():N}@kreis.example";
        await admin.PostJsonAsync("/api/accounts/invitations", new { email, displayName = "Wartet" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().LoginAsync(email, "")).StatusCode);
        var existing = await (await admin.PostJsonAsync("/api/accounts/invitations", new { email = ParticipationFactory.AdminEmail, displayName = "Admin" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(existing.MessagesFor("email"));
        var badRole = await (await admin.PostJsonAsync("/api/accounts/invitations", new { email = $"x-{Guid.NewGuid():N}@kreis.example", displayName = "X", roles = new[] { "Kaiser" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badRole.MessagesFor("roles[0]"));
    }

    [Fact]
    public async Task Only_administrators_invite()
    {
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);

        var refused = await organiser.Client.PostJsonAsync("/api/accounts/invitations", new { email = $"x-{Guid.NewGuid():N}@kreis.example", displayName = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_accounts_page_invites_and_shows_invited_accounts_as_such()
    {
        var page = await factory.PageClientAsync();
        var email = $"seite-{Guid.NewGuid():N}@kreis.example";

        var invited = await page.PostFormAsync("/organise/accounts", new() { ["displayName"] = "Über die Seite", ["email"] = email, ["mayCreateProcesses"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var html = await page.GetStringAsync("/organise/accounts");
        Assert.Contains(email, html);
        Assert.Contains("Eingeladen", html);
        var mail = await smtp.WaitForMessageAsync(m => m.Recipient() == email, TimeSpan.FromSeconds(20));
        var accept = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostFormAsync(mail.LinkPath("/account/accept"), new() { ["password"] = "Eigenes-Passwort-2026" });
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().LoginAsync(email, "Eigenes-Passwort-2026")).StatusCode);
    }
}
