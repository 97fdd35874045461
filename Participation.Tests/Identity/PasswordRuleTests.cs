using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

public sealed class PasswordRuleTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Theory]
    [InlineData("Passwort2026!")]
    [InlineData("Willkommen123")]
    [InlineData("Qwertz1234")]
    public async Task A_password_from_the_lists_guessing_starts_with_is_refused_in_German(string password)
    {
        var admin = await factory.AdminClientAsync();
        var email = $"neu-{Guid.NewGuid():N}@kreis.example";

        var problem = await (await admin.PostJsonAsync("/api/accounts", new { email, displayName = "Neue Person", password }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.MessagesFor("password"), m => m.Contains("Erraten", StringComparison.Ordinal));
        var listed = await (await admin.GetAsync("/api/accounts")).ReadAsync<List<Participation.Api.Identity.AccountResponse>>();
        Assert.DoesNotContain(listed, a => a.Email == email);
    }

    [Theory]
    [InlineData("marlene.schulze", "Marlene Schulze", "Schulze-2026-Kreis")]
    [InlineData("marlene.schulze", "Marlene Schulze", "Ich-bin-Marlene-1")]
    public async Task A_password_made_of_the_own_address_or_name_is_refused(string local, string name, string password)
    {
        var admin = await factory.AdminClientAsync();

        var problem = await (await admin.PostJsonAsync("/api/accounts", new { email = $"{local}.{Guid.NewGuid():N}@kreis.example", displayName = name, password }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.MessagesFor("password"), m => m.Contains("Namen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_refusal_is_in_English_when_asked_for()
    {
        var admin = await factory.AdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await admin.PostJsonAsync("/api/accounts", new { email = $"x-{Guid.NewGuid():N}@kreis.example", displayName = "X", password = "Password12345" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.MessagesFor("password"), m => m.Contains("guessing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_password_of_unrelated_words_is_accepted()
    {
        var admin = await factory.AdminClientAsync();

        var response = await admin.PostJsonAsync("/api/accounts", new { email = $"marlene.{Guid.NewGuid():N}@kreis.example", displayName = "Marlene Schulze", password = "Kastanien-Herbst-Lampe7" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
