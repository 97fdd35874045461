using System.Net;
using System.Text.Json;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class EventTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task An_event_comes_back_with_the_local_time_and_offset_it_was_given()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id);

        var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/events/{created.Id}")).RootElement;

        Assert.Equal("2026-03-14T09:00:00+01:00", json.GetProperty("startsAt").GetString());
        Assert.Equal("2026-03-14T16:00:00+01:00", json.GetProperty("endsAt").GetString());
        Assert.Equal("Europe/Berlin", json.GetProperty("timeZone").GetString());
        Assert.Equal("conference", json.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("2026-03-14T08:00:00Z", "Europe/Berlin", "2026-03-14T09:00:00+01:00")]
    [InlineData("2026-07-01T07:00:00Z", "Europe/Berlin", "2026-07-01T09:00:00+02:00")]
    [InlineData("2026-07-01T09:00:00+02:00", "Europe/London", "2026-07-01T08:00:00+01:00")]
    public async Task Event_times_come_back_in_the_event_time_zone(string sent, string timeZone, string expected)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var body = Arrange.Event().With("startsAt", sent).With("endsAt", DateTimeOffset.Parse(sent).AddHours(2).ToString("O")).With("timeZone", timeZone);
        var created = await admin.CreateEventAsync(process.Id, body);

        var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/events/{created.Id}")).RootElement;

        Assert.Equal(expected, json.GetProperty("startsAt").GetString());
        Assert.Equal(timeZone, json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task An_event_keeps_its_areas_series_and_details()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var language = await admin.CreateAreaAsync(process.Id, "Sprache");
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var series = await admin.CreateSeriesAsync(process.Id);
        var body = Arrange.Event("Workshop Sprache").With("kind", "workshop").With("areaIds", new[] { language.Id, work.Id })
            .With("seriesId", series.Id).With("onlineUrl", "https://meet.example.org/sprache").With("description", "Offen für alle").With("isPublic", true);

        var created = await admin.CreateEventAsync(process.Id, body);
        var read = await (await admin.GetAsync($"/api/events/{created.Id}")).ReadAsync<EventResponse>();

        Assert.Equal(created, read with { AreaIds = created.AreaIds });
        Assert.Equal([language.Id, work.Id], read.AreaIds.Order());
        Assert.Equal((series.Id, EventKind.Workshop, "https://meet.example.org/sprache", 75, true, process.Id),
            (read.SeriesId, read.Kind, read.OnlineUrl, read.Capacity, read.IsPublic, read.ProcessId));
        Assert.Equal(1, (await (await admin.GetAsync($"/api/series/{series.Id}")).ReadAsync<SeriesResponse>()).EventCount);
    }

    [Fact]
    public async Task Updating_an_event_replaces_its_fields_and_areas()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var language = await admin.CreateAreaAsync(process.Id, "Sprache");
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var created = await admin.CreateEventAsync(process.Id, Arrange.Event().With("areaIds", new[] { language.Id }));

        var update = Arrange.Event("Fachrunde Arbeit").With("kind", "expertRound").With("areaIds", new[] { work.Id })
            .With("startsAt", "2026-04-02T10:00:00+02:00").With("endsAt", "2026-04-02T12:30:00+02:00").With("capacity", 15);
        await (await admin.PutJsonAsync($"/api/events/{created.Id}", update)).ReadAsync<EventResponse>();

        var read = await (await admin.GetAsync($"/api/events/{created.Id}")).ReadAsync<EventResponse>();
        Assert.Equal(("Fachrunde Arbeit", EventKind.ExpertRound, 15), (read.Title, read.Kind, read.Capacity));
        Assert.Equal([work.Id], read.AreaIds);
        Assert.Equal(DateTimeOffset.Parse("2026-04-02T10:00:00+02:00"), read.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), read.StartsAt.Offset);
    }

    [Fact]
    public async Task Deleting_an_event_makes_it_and_its_sessions_unknown()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id);
        var session = await admin.CreateSessionAsync(created.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/events/{created.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/events/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/sessions/{session.Id}")).StatusCode);
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>());
    }

    [Fact]
    public async Task The_event_list_is_in_time_order_and_filters_by_time_and_series()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var series = await admin.CreateSeriesAsync(process.Id);
        var march = await admin.CreateEventAsync(process.Id, Arrange.Event("März"));
        var may = await admin.CreateEventAsync(process.Id, Arrange.Event("Mai").With("kind", "workshop").With("seriesId", series.Id)
            .With("startsAt", "2026-05-05T17:00:00+02:00").With("endsAt", "2026-05-05T20:00:00+02:00"));
        var april = await admin.CreateEventAsync(process.Id, Arrange.Event("April").With("kind", "workshop")
            .With("startsAt", "2026-04-01T17:00:00+02:00").With("endsAt", "2026-04-01T20:00:00+02:00"));
        var url = $"/api/processes/{process.Id}/events";

        async Task<List<Guid>> Ids(string query) => (await (await admin.GetAsync(url + query)).ReadAsync<List<EventResponse>>()).Select(e => e.Id).ToList();

        Assert.Equal([march.Id, april.Id, may.Id], await Ids(""));
        Assert.Equal([april.Id, may.Id], await Ids("?from=" + Uri.EscapeDataString("2026-04-01T00:00:00+02:00")));
        Assert.Equal([march.Id, april.Id], await Ids("?to=" + Uri.EscapeDataString("2026-04-30T23:59:00+02:00")));
        Assert.Equal([may.Id], await Ids($"?seriesId={series.Id}"));
    }

    [Fact]
    public async Task The_event_list_filters_by_kind_with_the_value_the_API_writes()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        await admin.CreateEventAsync(process.Id);
        var workshop = await admin.CreateEventAsync(process.Id, Arrange.Event("Workshop").With("kind", "workshop"));

        var listed = await (await admin.GetAsync($"/api/processes/{process.Id}/events?kind=workshop")).ReadAsync<List<EventResponse>>();

        Assert.Equal([workshop.Id], listed.Select(e => e.Id));
    }

    [Fact]
    public async Task A_filter_value_that_cannot_be_read_is_a_400_naming_the_parameter()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var problem = await (await admin.GetAsync($"/api/processes/{process.Id}/events?from=gestern")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("from"));
    }
}
