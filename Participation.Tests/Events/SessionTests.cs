using System.Net;
using System.Text.Json;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class SessionTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_facilitator_creates_lists_changes_and_deletes_sessions()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(process.Id, "Sprache");
        var @event = await admin.CreateEventAsync(process.Id);
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");

        var first = await facilitator.Client.CreateSessionAsync(@event.Id, Arrange.Session("Tisch Sprache").With("areaId", area.Id));
        var second = await facilitator.Client.CreateSessionAsync(@event.Id, Arrange.Session("Tisch Arbeit").With("startsAt", null).With("endsAt", null));
        var listed = await (await facilitator.Client.GetAsync($"/api/events/{@event.Id}/sessions")).ReadAsync<List<SessionResponse>>();
        Assert.Equal([(first.Id, 0), (second.Id, 1)], listed.Select(s => (s.Id, s.Position)));
        Assert.Equal((area.Id, "Tisch 1"), (first.AreaId, first.Location));
        Assert.Null(second.StartsAt);

        var update = Arrange.Session("Tisch Sprache und Bildung").With("location", "Raum 2.14").With("position", 5)
            .With("startsAt", "2026-03-14T13:00:00+01:00").With("endsAt", "2026-03-14T16:00:00+01:00");
        await (await facilitator.Client.PutJsonAsync($"/api/sessions/{first.Id}", update)).ReadAsync<SessionResponse>();
        var read = await (await facilitator.Client.GetAsync($"/api/sessions/{first.Id}")).ReadAsync<SessionResponse>();
        Assert.Equal(("Tisch Sprache und Bildung", "Raum 2.14", 5, (Guid?)null), (read.Title, read.Location, read.Position, read.AreaId));

        Assert.Equal(HttpStatusCode.NoContent, (await facilitator.Client.DeleteAsync($"/api/sessions/{second.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.Client.GetAsync($"/api/sessions/{second.Id}")).StatusCode);
    }

    [Fact]
    public async Task Session_times_come_back_in_the_time_zone_of_their_event()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);
        var session = await admin.CreateSessionAsync(@event.Id, Arrange.Session().With("startsAt", "2026-03-14T09:30:00Z").With("endsAt", null));

        var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/sessions/{session.Id}")).RootElement;

        Assert.Equal("2026-03-14T10:30:00+01:00", json.GetProperty("startsAt").GetString());
    }

    public static TheoryData<string, object?, string> InvalidSessions => new()
    {
        { "title", "", "title" },
        { "title", new string('x', 201), "title" },
        { "location", new string('x', 301), "location" },
        { "description", new string('x', 8001), "description" },
        { "position", -1, "position" },
        { "startsAt", "2026-03-14T08:59:00+01:00", "startsAt" },
        { "startsAt", "2026-03-13T10:00:00+01:00", "startsAt" },
        { "endsAt", "2026-03-14T16:01:00+01:00", "endsAt" },
        { "endsAt", "2026-03-14T10:00:00+01:00", "endsAt" },
        { "areaId", Guid.CreateVersion7(), "areaId" },
        { "startsAt", "bald", "startsAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidSessions))]
    public async Task An_invalid_session_is_rejected_naming_the_field_and_nothing_is_stored(string field, object? value, string named)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);

        var problem = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/sessions", Arrange.Session().With(field, value))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(named));
        Assert.Empty(await (await admin.GetAsync($"/api/events/{@event.Id}/sessions")).ReadAsync<List<SessionResponse>>());
    }

    [Fact]
    public async Task A_session_with_an_area_of_another_process_names_areaId()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);
        var foreign = await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Fremd");

        var problem = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/sessions", Arrange.Session().With("areaId", foreign.Id))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dieses Handlungsfeld gehört nicht zu diesem Prozess.", Assert.Single(problem.MessagesFor("areaId")));
        Assert.Empty(await (await admin.GetAsync($"/api/events/{@event.Id}/sessions")).ReadAsync<List<SessionResponse>>());
    }

    [Fact]
    public async Task An_invalid_session_update_leaves_the_session_unchanged()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var session = await admin.CreateSessionAsync((await admin.CreateEventAsync(process.Id)).Id);

        var problem = await (await admin.PutJsonAsync($"/api/sessions/{session.Id}", Arrange.Session("Neu").With("endsAt", "2026-03-15T12:00:00+01:00"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Die Zeit liegt außerhalb der Veranstaltung.", Assert.Single(problem.MessagesFor("endsAt")));
        Assert.Equal(session, await (await admin.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionResponse>());
    }
}
