using System.Net;
using Participation.Api.Events;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

/// <summary>The same persistence on PostgreSQL: each test gets its own database on the shared server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTests(PostgresServer server)
{
    [Fact]
    public async Task Processes_events_and_sessions_are_created_read_changed_and_deleted_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        var admin = await factory.AdminClientAsync();

        var written = await Written.CreateAsync(admin);
        await written.AssertReadBackAsync(admin);

        var update = Arrange.Event("Geändert").With("startsAt", "2026-07-01T09:00:00+02:00").With("endsAt", "2026-07-01T12:00:00+02:00").With("areaIds", Array.Empty<Guid>());
        var changed = await (await admin.PutJsonAsync($"/api/events/{written.Event.Id}", update)).ReadAsync<EventResponse>();
        Assert.Equal(("Geändert", DateTimeOffset.Parse("2026-07-01T09:00:00+02:00")), (changed.Title, changed.StartsAt));
        Assert.Empty((await (await admin.GetAsync($"/api/events/{written.Event.Id}")).ReadAsync<EventResponse>()).AreaIds);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/areas/{written.Area.Id}")).StatusCode);
        Assert.Null((await (await admin.GetAsync($"/api/sessions/{written.Session.Id}")).ReadAsync<SessionResponse>()).AreaId);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/processes/{written.Process.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/events/{written.Event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/sessions/{written.Session.Id}")).StatusCode);
        Assert.Empty(await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>());
    }

    [Fact]
    public async Task Data_written_before_a_restart_is_read_back_after_it_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        Written written;
        await using (var before = new ParticipationFactory { PostgresConnectionString = database.ConnectionString })
        {
            written = await Written.CreateAsync(await before.AdminClientAsync());
        }

        await using var after = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        await written.AssertReadBackAsync(await after.AdminClientAsync());
    }

    [Fact]
    public async Task Validation_and_access_rules_hold_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        await admin.CreateAreaAsync(process.Id, "Sprache");
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");

        var taken = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/areas", new { name = "SPRACHE" })).ProblemAsync(HttpStatusCode.BadRequest);
        var forbidden = await facilitator.Client.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event());

        Assert.NotEmpty(taken.MessagesFor("name"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>());
    }

    [Fact]
    public async Task The_demo_process_is_seeded_once_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        var seedDemo = new Dictionary<string, string?> { ["Participation:SeedDemo"] = "true" };
        await using (var first = new ParticipationFactory { PostgresConnectionString = database.ConnectionString, Settings = seedDemo })
        {
            await first.AdminClientAsync();
        }

        await using var second = new ParticipationFactory { PostgresConnectionString = database.ConnectionString, Settings = seedDemo };
        var admin = await second.AdminClientAsync();

        var process = Assert.Single(await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>());
        Assert.Equal(6, (await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>()).Count);
        var events = await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>();
        Assert.Equal(75, Assert.Single(events, e => e.Kind == EventKind.Conference).Capacity);
        Assert.Equal(6, events.Count(e => e.Kind == EventKind.FocusGroup));
    }
}
