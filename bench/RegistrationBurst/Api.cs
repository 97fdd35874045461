using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Bench;

public sealed record Receipt(string Status, bool EmailConfirmationRequired);

public sealed record Summary(Dictionary<string, int> ByStatus, int Total)
{
    public int Of(string status) => ByStatus.FirstOrDefault(p => string.Equals(p.Key, status, StringComparison.OrdinalIgnoreCase)).Value;
}

public sealed record Own(string Status, string Email);

/// <summary>The organiser's calls: log in, a process, an event open for registration, the counts.</summary>
public sealed class Api(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private string? admin;

    public static HttpClient NewClient(Uri baseUrl, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(120),
    };

    public async Task LoginAsync(string email, string password, CancellationToken ct) =>
        admin = (await SendAsync<Login>(HttpMethod.Post, "/api/auth/login", new { email, password }, ct)).AccessToken;

    /// <summary>A fresh process and an event a week ahead, open for registration with <paramref name="capacity"/> places and a waiting list.</summary>
    public async Task<(Guid Process, Guid Event)> OpenEventAsync(int capacity, CancellationToken ct)
    {
        var stamp = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss");
        var process = await SendAsync<Created>(HttpMethod.Post, "/api/processes", new { title = $"Registration burst {stamp}" }, ct);
        var day = DateTimeOffset.UtcNow.Date.AddDays(7);
        var meeting = await SendAsync<Created>(HttpMethod.Post, $"/api/processes/{process.Id}/events", new
        {
            title = "Burst conference",
            kind = "conference",
            startsAt = new DateTimeOffset(day.AddHours(9), TimeSpan.Zero),
            endsAt = new DateTimeOffset(day.AddHours(17), TimeSpan.Zero),
            venue = "Loopback",
            isPublic = true,
        }, ct);
        await SendAsync<JsonElement>(HttpMethod.Put, $"/api/events/{meeting.Id}/registration-settings",
            new { isOpen = true, capacity, keepsWaitingList = true }, ct);
        return (process.Id, meeting.Id);
    }

    public Task<Summary> SummaryAsync(Guid eventId, CancellationToken ct) =>
        SendAsync<Summary>(HttpMethod.Get, $"/api/events/{eventId}/registrations/summary", null, ct);

    /// <summary>The emails API (at most 1,000 rows an answer): used for the count of one state when it is small.</summary>
    public Task<List<JsonElement>> EmailsAsync(Guid processId, Guid eventId, string state, CancellationToken ct) =>
        SendAsync<List<JsonElement>>(HttpMethod.Get, $"/api/processes/{processId}/emails?eventId={eventId}&state={state}&limit=1000", null, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }
        if (admin is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        }
        using var answer = await http.SendAsync(request, ct);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(ct)}");
        }
        return (await answer.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    private sealed record Login(string AccessToken);
    private sealed record Created(Guid Id);
}
