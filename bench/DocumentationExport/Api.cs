using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Bench;

public sealed record Created(Guid Id);

public sealed record Column(Guid Id, string Title);

public sealed record Board(Guid Id, string JoinCode, IReadOnlyList<Column> Columns);

public sealed record Card(Guid Id, string? Text);

public sealed record Joined(string ParticipantToken, Guid ParticipantId);

/// <summary>The calls of the admin (and of the few participants who put dots on ideas), JSON in camelCase with camelCase enums.</summary>
public sealed class Api(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string? Admin { get; private set; }

    public HttpClient Http => http;

    public static HttpClient NewClient(Uri baseUrl, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(300),
    };

    public async Task LoginAsync(string email, string password, CancellationToken ct) =>
        Admin = (await SendAsync<Login>(HttpMethod.Post, "/api/auth/login", new { email, password }, null, ct)).AccessToken;

    public Task<T> PostAsync<T>(string path, object body, CancellationToken ct, string? bearer = null) => SendAsync<T>(HttpMethod.Post, path, body, bearer ?? Admin, ct);

    public Task<JsonElement> PutAsync(string path, object body, CancellationToken ct) => SendAsync<JsonElement>(HttpMethod.Put, path, body, Admin, ct);

    public Task<JsonElement> PostAnonymousAsync(string path, object body, CancellationToken ct) => SendAsync<JsonElement>(HttpMethod.Post, path, body, null, ct);

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, string? bearer, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var answer = await http.SendAsync(request, ct);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(ct)}");
        }
        if (answer.StatusCode == System.Net.HttpStatusCode.NoContent || typeof(T) == typeof(JsonElement) && answer.Content.Headers.ContentLength == 0)
        {
            return default!;
        }
        return (await answer.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    private sealed record Login(string AccessToken);
}
