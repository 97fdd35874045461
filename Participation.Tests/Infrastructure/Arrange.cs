using System.Net;
using Participation.Api.Events;
using Participation.Api.Processes;

namespace Participation.Tests.Infrastructure;

/// <summary>Valid request bodies that a test changes one field of, and creating things through the API.</summary>
public static class Arrange
{
    public static Dictionary<string, object?> Process(string? title = null) => new()
    {
        ["title"] = title ?? $"Integrationskonzept {Guid.NewGuid().ToString("N")[..8]}",
        ["organisation"] = "Landkreis Testland, Koordinierungsstelle Integration",
        ["description"] = "Ein Prozess für Tests.",
    };

    public static Dictionary<string, object?> Event(string title = "Zukunftskonferenz") => new()
    {
        ["title"] = title,
        ["kind"] = "conference",
        ["startsAt"] = "2026-03-14T09:00:00+01:00",
        ["endsAt"] = "2026-03-14T16:00:00+01:00",
        ["venue"] = "Kreishaus, Großer Sitzungssaal",
        ["capacity"] = 75,
    };

    public static Dictionary<string, object?> Session(string title = "Thementisch Sprache") => new()
    {
        ["title"] = title,
        ["location"] = "Tisch 1",
        ["startsAt"] = "2026-03-14T10:30:00+01:00",
        ["endsAt"] = "2026-03-14T12:00:00+01:00",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }

    public static async Task<ProcessResponse> CreateProcessAsync(this HttpClient client, string? title = null) =>
        await (await client.PostJsonAsync("/api/processes", Process(title))).ReadAsync<ProcessResponse>(HttpStatusCode.Created);

    public static async Task<AreaResponse> CreateAreaAsync(this HttpClient client, Guid processId, string name) =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/areas", new { name })).ReadAsync<AreaResponse>(HttpStatusCode.Created);

    public static async Task<SeriesResponse> CreateSeriesAsync(this HttpClient client, Guid processId, string title = "Workshopreihe") =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/series", new { title })).ReadAsync<SeriesResponse>(HttpStatusCode.Created);

    public static async Task<EventResponse> CreateEventAsync(this HttpClient client, Guid processId, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync($"/api/processes/{processId}/events", body ?? Event())).ReadAsync<EventResponse>(HttpStatusCode.Created);

    public static async Task<SessionResponse> CreateSessionAsync(this HttpClient client, Guid eventId, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync($"/api/events/{eventId}/sessions", body ?? Session())).ReadAsync<SessionResponse>(HttpStatusCode.Created);
}
