using System.Net;
using System.Text;
using Participation.Api.Security;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Security;

public sealed class HttpHardeningTests : IClassFixture<ParticipationFactory>
{
    private readonly ParticipationFactory factory;

    public HttpHardeningTests(ParticipationFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/api/processes")]
    [InlineData("/gibt-es-nicht")]
    [InlineData("/api/gibt-es-nicht")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var headers = response.Headers;
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(",", headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=(self)", headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("same-origin", headers.GetValues("Cross-Origin-Opener-Policy").Single());
        // Plain HTTP (a development machine, or before the proxy) never gets HSTS.
        Assert.False(headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HSTS_is_sent_over_HTTPS_with_the_configured_lifetime()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://beteiligung.landkreis.test/") });
        var response = await client.GetAsync("/login");
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task A_cross_origin_preflight_gets_no_allow_header_by_default()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/auth/login");
        preflight.Headers.Add("Origin", "https://fremd.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await factory.CreateClient().SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var simple = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        simple.Headers.Add("Origin", "https://fremd.example");
        Assert.False((await factory.CreateClient().SendAsync(simple)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_named_origin_is_allowed_for_the_API_and_no_other()
    {
        await using var open = new ParticipationFactory { Settings = { ["Participation:Cors:AllowedOrigins:0"] = "https://portal.landkreis.test" } };
        HttpRequestMessage Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/auth/login");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            return request;
        }
        var allowed = await open.CreateClient().SendAsync(Preflight("https://portal.landkreis.test"));
        Assert.Equal("https://portal.landkreis.test", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await open.CreateClient().SendAsync(Preflight("https://fremd.example"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_origin_that_is_no_origin_stops_the_start_naming_the_setting()
    {
        await using var wrong = new ParticipationFactory { Settings = { ["Participation:Cors:AllowedOrigins:0"] = "portal.landkreis.test/pfad" } };
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("Participation:Cors:AllowedOrigins", error.ToString());
    }

    [Fact]
    public async Task A_wrong_rate_limit_stops_the_start_naming_the_setting()
    {
        await using var wrong = new ParticipationFactory { Settings = { ["Participation:RateLimits:Join:WindowSeconds"] = "0" } };
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("Participation:RateLimits", error.ToString());
    }
}
