using System.Net;
using System.Text.Json;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Events;

public sealed class PublicEventTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static Dictionary<string, object?> FutureEvent(string title, bool isPublic) => Arrange.Event(title)
        .With("startsAt", "2031-05-10T17:00:00+02:00").With("endsAt", "2031-05-10T20:00:00+02:00").With("isPublic", isPublic);

    [Fact]
    public async Task Anyone_sees_public_events_and_never_internal_ones()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var open = await admin.CreateEventAsync(process.Id, FutureEvent($"Offen {Guid.NewGuid():N}", isPublic: true));
        var closed = await admin.CreateEventAsync(process.Id, FutureEvent($"Intern {Guid.NewGuid():N}", isPublic: false));
        var anonymous = factory.CreateClient();

        var listed = await (await anonymous.GetAsync("/api/public/events?limit=100")).ReadAsync<List<PublicEventResponse>>();
        var read = await (await anonymous.GetAsync($"/api/public/events/{open.Id}")).ReadAsync<PublicEventResponse>();

        Assert.Contains(listed, e => e.Id == open.Id);
        Assert.DoesNotContain(listed, e => e.Id == closed.Id);
        Assert.Equal((open.Title, process.Title, DateTimeOffset.Parse("2031-05-10T17:00:00+02:00")), (read.Title, read.ProcessTitle, read.StartsAt));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/events/{closed.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_public_event_shows_area_names_and_sessions_but_no_internal_fields()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(process.Id, "Sprache");
        var series = await admin.CreateSeriesAsync(process.Id);
        var open = await admin.CreateEventAsync(process.Id, FutureEvent("Workshop Sprache", isPublic: true).With("areaIds", new[] { area.Id }).With("seriesId", series.Id));
        await admin.CreateSessionAsync(open.Id, Arrange.Session("Tisch 1").With("areaId", area.Id).With("startsAt", null).With("endsAt", null));

        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/public/events/{open.Id}")).RootElement;

        var names = json.EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected = ["id", "title", "kind", "startsAt", "endsAt", "timeZone", "venue", "onlineUrl", "capacity", "description", "processTitle", "organisation", "areas", "sessions"];
        Assert.Equal(expected.Order(), names.Order());
        foreach (var internalField in new[] { "processId", "seriesId", "areaIds", "isPublic", "createdAt", "updatedAt" })
        {
            Assert.DoesNotContain(internalField, names);
        }
        Assert.Equal("Sprache", Assert.Single(json.GetProperty("areas").EnumerateArray()).GetString());
        var session = Assert.Single(json.GetProperty("sessions").EnumerateArray());
        Assert.Equal("Sprache", session.GetProperty("area").GetString());
        Assert.False(session.TryGetProperty("id", out _));
        Assert.DoesNotContain(series.Id.ToString(), json.GetRawText());
        Assert.DoesNotContain(process.Id.ToString(), json.GetRawText());
    }

    [Fact]
    public async Task Making_an_event_internal_again_hides_it()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var open = await admin.CreateEventAsync(process.Id, FutureEvent("Bald intern", isPublic: true));

        await (await admin.PutJsonAsync($"/api/events/{open.Id}", FutureEvent("Bald intern", isPublic: false))).ReadAsync<EventResponse>();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/public/events/{open.Id}")).StatusCode);
    }
}
