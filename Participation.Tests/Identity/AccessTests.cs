using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Identity;

public sealed class AccessTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly string Id = Guid.CreateVersion7().ToString();

    [Theory]
    [InlineData("GET", "/api/processes")]
    [InlineData("POST", "/api/processes")]
    [InlineData("GET", "/api/processes/{id}")]
    [InlineData("PUT", "/api/processes/{id}")]
    [InlineData("DELETE", "/api/processes/{id}")]
    [InlineData("GET", "/api/processes/{id}/areas")]
    [InlineData("GET", "/api/processes/{id}/events")]
    [InlineData("GET", "/api/processes/{id}/series")]
    [InlineData("PUT", "/api/processes/{id}/members")]
    [InlineData("GET", "/api/areas/{id}")]
    [InlineData("GET", "/api/series/{id}")]
    [InlineData("DELETE", "/api/events/{id}")]
    [InlineData("POST", "/api/events/{id}/sessions")]
    [InlineData("GET", "/api/sessions/{id}")]
    [InlineData("GET", "/api/accounts")]
    [InlineData("GET", "/api/auth/me")]
    public async Task Protected_routes_answer_401_without_login(string method, string route)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", Id));
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent(new { title = "x" });
        }

        var response = await factory.CreateClient().SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bitte melden Sie sich an.", problem.Title);
    }

    [Fact]
    public async Task A_facilitator_reads_the_process_but_may_not_write_events_areas_or_members()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);
        var facilitator = (await factory.CreateMemberAsync(admin, process.Id, "facilitator")).Client;

        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync($"/api/events/{@event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutJsonAsync($"/api/events/{@event.Id}", Arrange.Event("Geändert"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.DeleteAsync($"/api/events/{@event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostJsonAsync($"/api/processes/{process.Id}/areas", new { name = "Neu" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutJsonAsync($"/api/processes/{process.Id}", Arrange.Process())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutJsonAsync($"/api/processes/{process.Id}/members", new { email = ParticipationFactory.AdminEmail, role = "facilitator" })).StatusCode);
        var problem = await (await facilitator.DeleteAsync($"/api/processes/{process.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Dafür fehlt Ihnen die Berechtigung.", problem.Title);
        Assert.Equal("Zukunftskonferenz", (await (await admin.GetAsync($"/api/events/{@event.Id}")).ReadAsync<Participation.Api.Events.EventResponse>()).Title);
    }

    [Fact]
    public async Task The_organiser_of_one_process_may_not_touch_another()
    {
        var admin = await factory.AdminClientAsync();
        var organiserOfA = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);
        await organiserOfA.Client.CreateProcessAsync();
        var b = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(b.Id, "Sprache");
        var series = await admin.CreateSeriesAsync(b.Id);
        var @event = await admin.CreateEventAsync(b.Id);
        var session = await admin.CreateSessionAsync(@event.Id);
        var client = organiserOfA.Client;

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/processes/{b.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutJsonAsync($"/api/processes/{b.Id}", Arrange.Process())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/processes/{b.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/processes/{b.Id}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"/api/processes/{b.Id}/areas", new { name = "Neu" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/areas/{area.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutJsonAsync($"/api/series/{series.Id}", new { title = "Meins" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/events/{@event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutJsonAsync($"/api/sessions/{session.Id}", Arrange.Session())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/processes/{b.Id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/areas/{area.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_account_without_the_organiser_role_may_not_create_a_process()
    {
        var admin = await factory.AdminClientAsync();
        var account = await factory.CreateAccountAsync(admin, mayCreateProcesses: false);

        var response = await account.Client.PostJsonAsync("/api/processes", Arrange.Process("Verboten"));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(await (await admin.GetAsync("/api/processes")).ReadAsync<List<Participation.Api.Processes.ProcessResponse>>(), p => p.Title == "Verboten");
    }

    [Fact]
    public async Task Only_administrators_manage_accounts()
    {
        var admin = await factory.AdminClientAsync();
        var organiser = await factory.CreateAccountAsync(admin, mayCreateProcesses: true);

        var problem = await (await organiser.Client.GetAsync("/api/accounts")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Dafür fehlt Ihnen die Berechtigung.", problem.Title);
        var create = await organiser.Client.PostJsonAsync("/api/accounts", new { email = "neu@participation.test", displayName = "Neu", password = Logins.Password });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.Client.DeleteAsync($"/api/accounts/{organiser.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/processes/{id}", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/processes/{id}", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("GET", "/api/processes/{id}/areas", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("GET", "/api/processes/{id}/series", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("GET", "/api/processes/{id}/events", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("GET", "/api/processes/{id}/members", "Der Beteiligungsprozess wurde nicht gefunden.")]
    [InlineData("GET", "/api/areas/{id}", "Das Handlungsfeld wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/areas/{id}", "Das Handlungsfeld wurde nicht gefunden.")]
    [InlineData("GET", "/api/series/{id}", "Die Reihe wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/series/{id}", "Die Reihe wurde nicht gefunden.")]
    [InlineData("GET", "/api/events/{id}", "Die Veranstaltung wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/events/{id}", "Die Veranstaltung wurde nicht gefunden.")]
    [InlineData("GET", "/api/events/{id}/sessions", "Die Veranstaltung wurde nicht gefunden.")]
    [InlineData("GET", "/api/sessions/{id}", "Die Sitzung wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/sessions/{id}", "Die Sitzung wurde nicht gefunden.")]
    [InlineData("DELETE", "/api/accounts/{id}", "Das Konto wurde nicht gefunden.")]
    [InlineData("GET", "/api/public/events/{id}", "Die Veranstaltung wurde nicht gefunden.")]
    public async Task Unknown_ids_answer_404_with_a_named_problem(string method, string route, string title)
    {
        var admin = await factory.AdminClientAsync();

        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", Id)));

        Assert.Equal(title, (await response.ProblemAsync(HttpStatusCode.NotFound)).Title);
    }

    [Theory]
    [InlineData("/api/processes/{id}", "process")]
    [InlineData("/api/areas/{id}", "area")]
    [InlineData("/api/series/{id}", "series")]
    [InlineData("/api/events/{id}", "event")]
    [InlineData("/api/sessions/{id}", "session")]
    public async Task Updating_an_unknown_id_answers_404(string route, string kind)
    {
        var admin = await factory.AdminClientAsync();
        object body = kind switch
        {
            "process" => Arrange.Process(),
            "area" => new { name = "Sprache" },
            "series" => new { title = "Reihe" },
            "event" => Arrange.Event(),
            _ => Arrange.Session(),
        };

        var response = await admin.PutJsonAsync(route.Replace("{id}", Id), body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body, options: Json.Options);
}
