using System.Net;
using Participation.Api.Events;
using Participation.Api.Processes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Processes;

/// <summary>A host with small limits, so the count limits can be reached in a test.</summary>
public sealed class SmallLimitsFactory : IDisposable
{
    public ParticipationFactory Factory { get; } = new()
    {
        Settings =
        {
            ["Participation:Limits:MaxAreasPerProcess"] = "2",
            ["Participation:Limits:MaxSessionsPerEvent"] = "2",
            ["Participation:Limits:MaxEventCapacity"] = "50",
        },
    };

    public void Dispose() => Factory.Dispose();
}

public sealed class LimitTests(SmallLimitsFactory limits) : IClassFixture<SmallLimitsFactory>
{
    private ParticipationFactory Factory => limits.Factory;

    [Fact]
    public async Task A_process_takes_no_more_areas_than_the_limit()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        await admin.CreateAreaAsync(process.Id, "Sprache");
        await admin.CreateAreaAsync(process.Id, "Bildung");

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/areas", new { name = "Arbeit" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Ein Prozess hat höchstens 2 Handlungsfelder.", Assert.Single(problem.MessagesFor("name")));
        Assert.Equal(2, (await (await admin.GetAsync($"/api/processes/{process.Id}/areas")).ReadAsync<List<AreaResponse>>()).Count);
    }

    [Fact]
    public async Task An_event_names_no_more_areas_than_the_limit()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var body = Arrange.Event().With("areaIds", new[] { Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7() });
        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("areaIds"));
    }

    [Fact]
    public async Task An_event_takes_no_more_sessions_than_the_limit()
    {
        var admin = await Factory.AdminClientAsync();
        var @event = await admin.CreateEventAsync((await admin.CreateProcessAsync()).Id, Arrange.Event().With("capacity", 50));
        await admin.CreateSessionAsync(@event.Id);
        await admin.CreateSessionAsync(@event.Id);

        var problem = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/sessions", Arrange.Session())).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Eine Veranstaltung hat höchstens 2 Sitzungen.", Assert.Single(problem.MessagesFor("title")));
        Assert.Equal(2, (await (await admin.GetAsync($"/api/events/{@event.Id}/sessions")).ReadAsync<List<SessionResponse>>()).Count);
    }

    [Fact]
    public async Task The_capacity_limit_comes_from_configuration()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event().With("capacity", 51))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("capacity"));
    }
}
