using System.Net.Http.Json;

namespace Participation.Tests.Infrastructure;

/// <summary>An RFC 7807 problem as a client reads it.</summary>
public sealed record Problem(string? Type, string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>(Json.Options);
        return problem ?? throw new InvalidOperationException("The problem body was empty.");
    }

    /// <summary>The messages given for one field; fails when the field is not named.</summary>
    public string[] MessagesFor(string field)
    {
        Assert.NotNull(Errors);
        Assert.True(Errors.ContainsKey(field), $"Expected the field '{field}' in errors, got: {string.Join(", ", Errors.Keys)}");
        return Errors[field];
    }
}
