using System.Net;
using Participation.Api.Accessibility;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Accessibility;

/// <summary>The website's accessibility statement: the built-in text, versions saved by organisers, who may save, bad input.</summary>
public sealed class AccessibilityStatementTests
{
    private const string Route = "/api/accessibility-statement";

    [Fact]
    public async Task Anyone_reads_the_built_in_statement_until_an_organiser_saves_one_and_then_the_new_version()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        var anonymous = factory.CreateClient();

        var initial = await (await anonymous.GetAsync(Route)).ReadAsync<AccessibilityStatementResponse>();
        var first = await (await organiser.Client.PutJsonAsync(Route, AccessibilityArrange.Statement("Erste Fassung.")))
            .ReadAsync<AccessibilityStatementResponse>();
        var second = await (await admin.PutJsonAsync(Route, AccessibilityArrange.Statement("Zweite Fassung.").With("compliance", "full")
            .With("nonAccessibleContent", null).With("contactPhone", null))).ReadAsync<AccessibilityStatementResponse>();
        var shown = await (await anonymous.GetAsync(Route)).ReadAsync<AccessibilityStatementResponse>();
        var versions = await (await organiser.Client.GetAsync($"{Route}/versions")).ReadAsync<List<AccessibilityStatementResponse>>();

        Assert.Equal((0, true, null), (initial.Version, initial.IsDefault, initial.ContactEmail));
        Assert.Contains("BITV 2.0", initial.Statement);
        Assert.Contains("§ 16 BGG", initial.EnforcementText);
        Assert.Equal("https://www.schlichtungsstelle-bgg.de", initial.EnforcementUrl);
        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal((2, false, "Zweite Fassung.", Compliance.Full), (shown.Version, shown.IsDefault, shown.Statement, shown.Compliance));
        Assert.Equal((new DateOnly(2026, 11, 30), "barrierefrei@kreis-testland.example", null), (shown.PreparedOn, shown.ContactEmail, shown.ContactPhone));
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal(("Erste Fassung.", Compliance.Partial, "+49 1234 5678"), (versions[1].Statement, versions[1].Compliance, versions[1].ContactPhone));
        Assert.Equal("Test Person", versions[1].CreatedByName);
    }

    [Fact]
    public async Task Only_accounts_with_the_organiser_or_administrator_role_may_save_or_list_versions()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var withoutRole = await factory.CreateAccountAsync(admin);
        var anonymous = factory.CreateClient();

        var byAccountWithoutRole = await withoutRole.Client.PutJsonAsync(Route, AccessibilityArrange.Statement());
        var listedWithoutRole = await withoutRole.Client.GetAsync($"{Route}/versions");
        var byAnonymous = await anonymous.PutJsonAsync(Route, AccessibilityArrange.Statement());
        var listedByAnonymous = await anonymous.GetAsync($"{Route}/versions");
        var shown = await (await anonymous.GetAsync(Route)).ReadAsync<AccessibilityStatementResponse>();

        Assert.Equal(HttpStatusCode.Forbidden, byAccountWithoutRole.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, listedWithoutRole.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, listedByAnonymous.StatusCode);
        Assert.True(shown.IsDefault);
    }

    [Theory]
    [InlineData("contactEmail", "keine-adresse")]
    [InlineData("contactEmail", null)]
    [InlineData("statement", "")]
    [InlineData("enforcementUrl", "javascript:alert(1)")]
    [InlineData("preparedOn", null)]
    [InlineData("compliance", null)]
    [InlineData("nonAccessibleContent", "")]
    public async Task Bad_input_is_refused_naming_the_field_and_saves_nothing(string field, string? value)
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();

        var problem = await (await admin.PutJsonAsync(Route, AccessibilityArrange.Statement().With(field, value))).ProblemAsync(HttpStatusCode.BadRequest);
        var versions = await (await admin.GetAsync($"{Route}/versions")).ReadAsync<List<AccessibilityStatementResponse>>();

        Assert.NotEmpty(problem.MessagesFor(field));
        Assert.Empty(versions);
    }

    [Fact]
    public async Task A_too_long_statement_is_refused_at_the_configured_limit()
    {
        await using var factory = new ParticipationFactory { Settings = { ["Participation:Accessibility:StatementMaxLength"] = "100" } };
        var admin = await factory.AdminClientAsync();

        var problem = await (await admin.PutJsonAsync(Route, AccessibilityArrange.Statement(new string('a', 101)))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("100", Assert.Single(problem.MessagesFor("statement")));
    }

    [Fact]
    public async Task A_saved_statement_survives_a_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
        await using (var before = new ParticipationFactory { DataDirectory = dataDirectory, KeepDataDirectory = true })
        {
            await (await (await before.AdminClientAsync()).PutJsonAsync(Route, AccessibilityArrange.Statement("Vor dem Neustart gespeichert.")))
                .ReadAsync<AccessibilityStatementResponse>();
        }
        await using var after = new ParticipationFactory { DataDirectory = dataDirectory };

        var shown = await (await after.CreateClient().GetAsync(Route)).ReadAsync<AccessibilityStatementResponse>();

        Assert.Equal((1, "Vor dem Neustart gespeichert."), (shown.Version, shown.Statement));
    }
}
