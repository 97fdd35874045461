using System.Net;
using System.Text;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

public sealed class LanguageTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Validation_problems_are_German_by_default()
    {
        var admin = await factory.AdminClientAsync();

        var problem = await (await admin.PostJsonAsync("/api/processes", Arrange.Process().With("title", ""))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Die Eingaben sind nicht vollständig oder nicht gültig.", problem.Title);
        Assert.Equal("'Titel' darf nicht leer sein.", Assert.Single(problem.MessagesFor("title")));
    }

    [Fact]
    public async Task Validation_problems_are_English_when_the_client_asks_for_English()
    {
        var admin = await factory.AdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await admin.PostJsonAsync("/api/processes", Arrange.Process().With("title", ""))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Some of the input is missing or not valid.", problem.Title);
        Assert.Equal("'Title' must not be empty.", Assert.Single(problem.MessagesFor("title")));
    }

    [Fact]
    public async Task Rules_of_the_product_speak_both_languages()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var body = Arrange.Event().With("venue", null);

        var german = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", body)).ProblemAsync(HttpStatusCode.BadRequest);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Geben Sie einen Veranstaltungsort oder einen Online-Link an.", Assert.Single(german.MessagesFor("venue")));
        Assert.Equal("Give a venue or an online link.", Assert.Single(english.MessagesFor("venue")));
    }

    [Fact]
    public async Task Not_found_titles_follow_the_language()
    {
        var client = await factory.AdminClientAsync();
        var unknown = $"/api/processes/{Guid.CreateVersion7()}";

        var german = await (await client.GetAsync(unknown)).ProblemAsync(HttpStatusCode.NotFound);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await client.GetAsync(unknown)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Der Beteiligungsprozess wurde nicht gefunden.", german.Title);
        Assert.Equal("The process was not found.", english.Title);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_400_that_names_the_field()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event().With("kind", "bogus"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dieser Wert hat nicht das erwartete Format.", Assert.Single(problem.MessagesFor("kind")));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_problem()
    {
        var admin = await factory.AdminClientAsync();

        var response = await admin.PostAsync("/api/processes", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.Errors);
        Assert.NotEmpty(problem.Errors);
    }
}
