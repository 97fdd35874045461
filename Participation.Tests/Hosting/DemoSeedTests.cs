using Participation.Api.Demo;
using Participation.Api.Events;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Hosting;

public sealed class DemoSeedTests
{
    private static readonly Dictionary<string, string?> SeedDemo = new() { ["Participation:SeedDemo"] = "true" };

    [Fact]
    public async Task The_demo_process_is_seeded_once_across_two_starts()
    {
        string dataDirectory;
        await using (var first = new ParticipationFactory { Settings = SeedDemo, KeepDataDirectory = true })
        {
            dataDirectory = first.DataDirectory;
            await AssertDemoAsync(await first.AdminClientAsync());
        }

        await using var second = new ParticipationFactory { Settings = SeedDemo, DataDirectory = dataDirectory };
        var admin = await second.AdminClientAsync();

        await AssertDemoAsync(admin);
        var processes = await (await admin.GetAsync("/api/processes")).ReadAsync<List<ProcessResponse>>();
        Assert.Single(processes);
    }

    private static async Task AssertDemoAsync(HttpClient admin)
    {
        var id = DemoSeeder.ProcessId;
        var areas = await (await admin.GetAsync($"/api/processes/{id}/areas")).ReadAsync<List<AreaResponse>>();
        var events = await (await admin.GetAsync($"/api/processes/{id}/events")).ReadAsync<List<EventResponse>>();

        Assert.Equal(6, areas.Count);
        var conference = Assert.Single(events, e => e.Kind == EventKind.Conference);
        Assert.Equal(75, conference.Capacity);
        var meetings = events.Where(e => e.Kind == EventKind.FocusGroup).ToList();
        Assert.Equal(4, meetings.Count);
        var seriesId = Assert.Single(meetings.Select(e => e.SeriesId).Distinct());
        Assert.NotNull(seriesId);
        Assert.Equal(4, (await (await admin.GetAsync($"/api/series/{seriesId}")).ReadAsync<SeriesResponse>()).EventCount);
    }
}
