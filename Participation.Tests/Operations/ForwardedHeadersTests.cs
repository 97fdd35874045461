using System.Net.Http.Headers;
using System.Text.Json;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Operations;

public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_proxy_on_loopback_the_forwarded_scheme_makes_the_links()
    {
        await using var factory = new ParticipationFactory();
        var baseUrl = factory.StartOnKestrel();
        var board = await factory.CreateBoardAsync();
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", board.FacilitatorToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/boards/{board.Id}");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var snapshot = JsonDocument.Parse(await (await client.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadAsStringAsync());

        Assert.StartsWith("https://", snapshot.RootElement.GetProperty("board").GetProperty("joinUrl").GetString());
    }
}
