using System.Net;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class CascadeTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Deleting_a_process_removes_its_areas_series_events_and_sessions()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(process.Id, "Sprache");
        var series = await admin.CreateSeriesAsync(process.Id);
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event().With("areaIds", new[] { area.Id }).With("seriesId", series.Id).With("isPublic", true));
        var session = await admin.CreateSessionAsync(@event.Id, Arrange.Session().With("areaId", area.Id));
        var other = await admin.CreateEventAsync((await admin.CreateProcessAsync()).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/processes/{process.Id}")).StatusCode);

        foreach (var url in new[] { $"/api/areas/{area.Id}", $"/api/series/{series.Id}", $"/api/events/{@event.Id}", $"/api/sessions/{session.Id}", $"/api/public/events/{@event.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/events/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_series_leaves_its_events_outside_any_series()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var series = await admin.CreateSeriesAsync(process.Id);
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event().With("seriesId", series.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/series/{series.Id}")).StatusCode);

        var read = await (await admin.GetAsync($"/api/events/{@event.Id}")).ReadAsync<EventResponse>();
        Assert.Null(read.SeriesId);
    }

    [Fact]
    public async Task Deleting_an_area_unlinks_it_from_events_and_sessions()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var language = await admin.CreateAreaAsync(process.Id, "Sprache");
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event().With("areaIds", new[] { language.Id, work.Id }));
        var session = await admin.CreateSessionAsync(@event.Id, Arrange.Session().With("areaId", language.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/areas/{language.Id}")).StatusCode);

        Assert.Equal([work.Id], (await (await admin.GetAsync($"/api/events/{@event.Id}")).ReadAsync<EventResponse>()).AreaIds);
        var readSession = await (await admin.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionResponse>();
        Assert.Null(readSession.AreaId);
        Assert.Equal(session.Title, readSession.Title);
    }
}
