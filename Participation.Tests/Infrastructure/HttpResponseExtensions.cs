using System.Net;
using System.Net.Http.Json;

namespace Participation.Tests.Infrastructure;

public static class HttpResponseExtensions
{
    /// <summary>The body as <typeparamref name="T"/>, after checking the status (showing the body when it is another).</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
        var value = await response.Content.ReadFromJsonAsync<T>(Json.Options);
        return value ?? throw new InvalidOperationException("The response body was empty.");
    }

    /// <summary>The problem of a response that must have <paramref name="expected"/> as its status.</summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
        return await Problem.ReadAsync(response);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json.Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json.Options);
}
