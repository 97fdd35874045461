using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Bench;

public sealed record BoardInfo(Guid Id, string JoinCode, Guid ColumnId);

public sealed record JoinAnswer(string ParticipantToken, Guid BoardId, Guid ParticipantId);

/// <summary>The REST calls around the hub: an admin sets boards up, each phone joins by code.</summary>
public sealed class BenchApi(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static HttpClient NewHttpClient(Uri baseUrl) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A fresh process, event and session of the admin, with <paramref name="count"/> boards of one column.</summary>
    public async Task<IReadOnlyList<BoardInfo>> CreateBoardsAsync(int count, string email, string password, CancellationToken ct)
    {
        var login = await SendAsync<Login>("/api/auth/login", new { email, password }, null, ct);
        var admin = login.AccessToken;
        var stamp = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss");
        var process = await SendAsync<Created>("/api/processes", new { title = $"Benchmark {stamp}" }, admin, ct);
        var day = DateTimeOffset.UtcNow.Date.AddDays(7);
        var meeting = await SendAsync<Created>($"/api/processes/{process.Id}/events", new
        {
            title = "Benchmark",
            kind = "workshop",
            startsAt = new DateTimeOffset(day.AddHours(9), TimeSpan.Zero),
            endsAt = new DateTimeOffset(day.AddHours(17), TimeSpan.Zero),
            venue = "Loopback",
        }, admin, ct);
        var session = await SendAsync<Created>($"/api/events/{meeting.Id}/sessions", new { title = "Benchmark" }, admin, ct);
        var boards = new List<BoardInfo>();
        for (var i = 0; i < count; i++)
        {
            var board = await SendAsync<CreatedBoard>($"/api/sessions/{session.Id}/boards",
                new { title = $"Bench {i + 1}", columns = new[] { new { title = "A" } }, voteBudget = 3 }, admin, ct);
            boards.Add(new BoardInfo(board.Id, board.JoinCode, board.Columns[0].Id));
        }
        return boards;
    }

    public Task<JoinAnswer> JoinAsync(string joinCode, string displayName, CancellationToken ct) =>
        SendAsync<JoinAnswer>($"/api/join/{joinCode}", new { displayName }, null, ct);

    public async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        try
        {
            using var answer = await http.GetAsync("/health", ct);
            return answer.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<T> SendAsync<T>(string path, object body, string? bearer, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var answer = await http.SendAsync(request, ct);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(ct)}");
        }
        return (await answer.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    private sealed record Login(string AccessToken);
    private sealed record Created(Guid Id);
    private sealed record CreatedColumn(Guid Id);
    private sealed record CreatedBoard(Guid Id, string JoinCode, IReadOnlyList<CreatedColumn> Columns);
}
