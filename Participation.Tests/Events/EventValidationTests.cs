using System.Net;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class EventValidationTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    public static TheoryData<string, object?, string> InvalidEvents => new()
    {
        { "title", "", "title" },
        { "title", new string('x', 201), "title" },
        { "title", null, "title" },
        { "kind", "bogus", "kind" },
        { "startsAt", null, "startsAt" },
        { "startsAt", "nächsten Dienstag", "startsAt" },
        { "endsAt", "2026-03-14T08:00:00+01:00", "endsAt" },
        { "endsAt", "2026-03-14T09:00:00+01:00", "endsAt" },
        { "endsAt", "2026-03-28T09:00:01+01:00", "endsAt" },
        { "venue", null, "venue" },
        { "venue", "   ", "venue" },
        { "venue", new string('x', 301), "venue" },
        { "capacity", 0, "capacity" },
        { "capacity", 100_001, "capacity" },
        { "capacity", "viele", "capacity" },
        { "description", new string('x', 8001), "description" },
        { "timeZone", "Europe/Atlantis", "timeZone" },
        { "onlineUrl", "ftp://files.example.org/x", "onlineUrl" },
        { "onlineUrl", "meet.example.org", "onlineUrl" },
        { "areaIds", new[] { Guid.CreateVersion7() }, "areaIds" },
        { "seriesId", Guid.CreateVersion7(), "seriesId" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task An_invalid_event_is_rejected_naming_the_field_and_nothing_is_stored(string field, object? value, string named)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var response = await admin.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event().With(field, value));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.MessagesFor(named));
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>());
    }

    [Fact]
    public async Task An_online_event_needs_no_venue()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var created = await admin.CreateEventAsync(process.Id, Arrange.Event().With("venue", null).With("onlineUrl", "https://meet.example.org/x"));

        Assert.Null(created.Venue);
    }

    [Fact]
    public async Task An_event_may_last_exactly_the_maximum_duration()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();

        var created = await admin.CreateEventAsync(process.Id, Arrange.Event().With("endsAt", "2026-03-28T09:00:00+01:00"));

        Assert.Equal(TimeSpan.FromDays(14), created.EndsAt - created.StartsAt);
    }

    [Fact]
    public async Task A_venue_longer_than_the_limit_is_rejected_even_when_an_online_link_is_given()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var body = Arrange.Event().With("venue", new string('x', 301)).With("onlineUrl", "https://meet.example.org/x");

        var response = await admin.PostJsonAsync($"/api/processes/{process.Id}/events", body);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.MessagesFor("venue"));
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>());
    }

    [Fact]
    public async Task Creating_an_event_with_an_area_of_another_process_names_areaIds()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var own = await admin.CreateAreaAsync(process.Id, "Sprache");
        var foreign = await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Sprache");

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event().With("areaIds", new[] { own.Id, foreign.Id })))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dieses Handlungsfeld gehört nicht zu diesem Prozess.", Assert.Single(problem.MessagesFor("areaIds")));
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>());
    }

    [Fact]
    public async Task Creating_an_event_with_a_series_of_another_process_names_seriesId()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var foreign = await admin.CreateSeriesAsync((await admin.CreateProcessAsync()).Id);

        var problem = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/events", Arrange.Event().With("seriesId", foreign.Id)))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Diese Reihe gehört nicht zu diesem Prozess.", Assert.Single(problem.MessagesFor("seriesId")));
        Assert.Equal(0, (await (await admin.GetAsync($"/api/series/{foreign.Id}")).ReadAsync<SeriesResponse>()).EventCount);
    }

    [Fact]
    public async Task An_invalid_event_update_leaves_the_event_unchanged()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id);
        var foreign = await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Fremd");

        var invalidTimes = await admin.PutJsonAsync($"/api/events/{created.Id}", Arrange.Event("Neu").With("endsAt", "2026-03-13T09:00:00+01:00"));
        var invalidArea = await admin.PutJsonAsync($"/api/events/{created.Id}", Arrange.Event("Neu").With("areaIds", new[] { foreign.Id }));

        Assert.NotEmpty((await invalidTimes.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("endsAt"));
        Assert.NotEmpty((await invalidArea.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("areaIds"));
        Assert.Equal(created, await (await admin.GetAsync($"/api/events/{created.Id}")).ReadAsync<EventResponse>() with { AreaIds = created.AreaIds });
    }

    [Fact]
    public async Task A_time_without_offset_is_refused_naming_the_field_instead_of_read_in_the_server_time_zone()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var body = Arrange.Event().With("startsAt", "2026-03-14T09:00:00").With("endsAt", "2026-03-14T16:00:00");

        var response = await admin.PostJsonAsync($"/api/processes/{process.Id}/events", body);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("+01:00", Assert.Single(problem.MessagesFor("startsAt")));
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/events")).ReadAsync<List<EventResponse>>());
    }
}
