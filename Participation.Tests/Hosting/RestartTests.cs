using Participation.Api.Events;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

/// <summary>What the API wrote survives the host: a new host on the same data directory reads it back.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Data_written_before_a_restart_is_read_back_after_it_on_SQLite()
    {
        string dataDirectory;
        Written written;
        await using (var before = new ParticipationFactory { KeepDataDirectory = true })
        {
            dataDirectory = before.DataDirectory;
            written = await Written.CreateAsync(await before.AdminClientAsync());
        }
        Assert.True(File.Exists(Path.Combine(dataDirectory, "participation.db")));

        await using var after = new ParticipationFactory { DataDirectory = dataDirectory };
        await written.AssertReadBackAsync(await after.AdminClientAsync());
    }

    [Fact]
    public async Task A_login_token_issued_before_a_restart_is_still_accepted_after_it()
    {
        string dataDirectory;
        string token;
        await using (var before = new ParticipationFactory { KeepDataDirectory = true })
        {
            dataDirectory = before.DataDirectory;
            token = (await before.AdminClientAsync()).DefaultRequestHeaders.Authorization!.Parameter!;
        }
        // The keys that protect tokens and cookies live with the data, so they move with a backup or a volume.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dataDirectory, "keys"), "key-*.xml"));

        await using var after = new ParticipationFactory { DataDirectory = dataDirectory };
        var client = after.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }
}

/// <summary>A process with an area, a series, an event and a session, and the check that all of it is there.</summary>
public sealed record Written(ProcessResponse Process, AreaResponse Area, EventResponse Event, SessionResponse Session)
{
    public static async Task<Written> CreateAsync(HttpClient admin)
    {
        var process = await admin.CreateProcessAsync("Überdauert den Neustart");
        var area = await admin.CreateAreaAsync(process.Id, "Gesundheit und Pflege");
        var series = await admin.CreateSeriesAsync(process.Id, "Fokusgruppe");
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event().With("areaIds", new[] { area.Id }).With("seriesId", series.Id));
        var session = await admin.CreateSessionAsync(@event.Id, Arrange.Session().With("areaId", area.Id));
        return new Written(process, area, @event, session);
    }

    public async Task AssertReadBackAsync(HttpClient admin)
    {
        var process = await (await admin.GetAsync($"/api/processes/{Process.Id}")).ReadAsync<ProcessResponse>();
        Assert.Equal(Process.Title, process.Title);
        Assert.Equal(Area, await (await admin.GetAsync($"/api/areas/{Area.Id}")).ReadAsync<AreaResponse>());
        var @event = await (await admin.GetAsync($"/api/events/{Event.Id}")).ReadAsync<EventResponse>();
        Assert.Equal(Event, @event with { AreaIds = Event.AreaIds });
        Assert.Equal([Area.Id], @event.AreaIds);
        Assert.Equal(DateTimeOffset.Parse("2026-03-14T09:00:00+01:00"), @event.StartsAt);
        Assert.Equal(Session, await (await admin.GetAsync($"/api/sessions/{Session.Id}")).ReadAsync<SessionResponse>());
    }
}
