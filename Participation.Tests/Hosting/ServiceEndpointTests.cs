using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

public sealed class ServiceEndpointTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Health_answers_200_without_login()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_processes_route()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"/api/processes\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_API_reference_page_answers()
    {
        var response = await factory.CreateClient().GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_SQLite_database_lives_in_the_configured_data_directory()
    {
        await factory.CreateClient().GetAsync("/health");
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "participation.db")));
    }

    [Fact]
    public async Task An_unknown_API_route_answers_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal("Diese Adresse gibt es nicht.", (await response.ProblemAsync(HttpStatusCode.NotFound)).Title);
    }
}
