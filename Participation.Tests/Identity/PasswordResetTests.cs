using System.Net;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Identity;

/// <summary>A forgotten password, through a real SMTP server: the link in the delivered mail sets a new one.</summary>
public sealed class PasswordResetTests : IAsyncLifetime
{
    private SmtpTestServer smtp = null!;
    private ParticipationFactory factory = null!;

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp).With("Participation:Auth:SecurityStampMinutes", "0") };
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Asking_for_a_reset_answers_the_same_whether_or_not_the_address_has_an_account()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var anonymous = factory.CreateClient();

        var known = await anonymous.PostJsonAsync("/api/auth/forgot-password", new { email = account.Email });
        var unknown = await anonymous.PostJsonAsync("/api/auth/forgot-password", new { email = "niemand@kreis.example" });

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (known.StatusCode, unknown.StatusCode));
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        await smtp.WaitForMessageAsync(m => m.Recipient() == account.Email, TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(smtp.Messages(), m => m.Recipient() == "niemand@kreis.example");
    }

    [Fact]
    public async Task The_link_from_the_email_sets_a_new_password_once_and_ends_the_other_sessions()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var elsewhere = await factory.PageClientAsync(account.Email, account.Password);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/organise")).StatusCode);
        var anonymous = factory.CreateClient();

        await anonymous.PostJsonAsync("/api/auth/forgot-password", new { email = account.Email });
        var mail = await smtp.WaitForMessageAsync(m => m.Recipient() == account.Email, TimeSpan.FromSeconds(20));
        Assert.Contains("Neues Passwort", mail.Subject);
        var (email, token) = mail.Link("/account/reset");
        var reset = await anonymous.PostJsonAsync("/api/auth/reset-password", new { email, token, newPassword = "Neues-Kreis-Passwort-7" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.LoginAsync(account.Email, "Neues-Kreis-Passwort-7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.LoginAsync(account.Email, account.Password)).StatusCode);
        var again = await (await anonymous.PostJsonAsync("/api/auth/reset-password", new { email, token, newPassword = "Noch-ein-Passwort-8" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(again.MessagesFor("token"));
        var other = await elsewhere.GetAsync("/organise");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/login", other.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_forged_token_is_refused_and_changes_nothing()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var anonymous = factory.CreateClient();

        var problem = await (await anonymous.PostJsonAsync("/api/auth/reset-password",
            new { email = account.Email, token = "CfDJ8Gefaelschtes-Token", newPassword = "Neues-Kreis-Passwort-7" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("ungültig", Assert.Single(problem.MessagesFor("token")));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.LoginAsync(account.Email, account.Password)).StatusCode);
    }

    [Fact]
    public async Task A_new_password_that_breaks_the_rules_is_refused_and_the_link_still_works()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var anonymous = factory.CreateClient();
        await anonymous.PostJsonAsync("/api/auth/forgot-password", new { email = account.Email });
        var (email, token) = (await smtp.WaitForMessageAsync(m => m.Recipient() == account.Email, TimeSpan.FromSeconds(20))).Link("/account/reset");

        var weak = await (await anonymous.PostJsonAsync("/api/auth/reset-password", new { email, token, newPassword = "Passwort123" })).ProblemAsync(HttpStatusCode.BadRequest);
        var good = await anonymous.PostJsonAsync("/api/auth/reset-password", new { email, token, newPassword = "Neues-Kreis-Passwort-7" });

        Assert.NotEmpty(weak.MessagesFor("newPassword"));
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
    }

    [Fact]
    public async Task The_pages_lead_from_the_login_page_through_the_email_to_a_new_password()
    {
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        Assert.Contains("href=\"/account/forgot\"", await browser.GetStringAsync("/login"));
        var asked = await browser.PostFormAsync("/account/forgot", new() { ["email"] = account.Email });
        Assert.Contains("E-Mail", await asked.Content.ReadAsStringAsync());
        var mail = await smtp.WaitForMessageAsync(m => m.Recipient() == account.Email, TimeSpan.FromSeconds(20));
        var link = mail.LinkPath("/account/reset");
        var done = await browser.PostFormAsync(link, new() { ["newPassword"] = "Neues-Kreis-Passwort-7" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/login", done.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().LoginAsync(account.Email, "Neues-Kreis-Passwort-7")).StatusCode);
    }
}
