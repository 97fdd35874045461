using System.Net;
using System.Text.Json;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Operations;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_asks_no_dependency_and_readiness_names_database_outbox_and_shutdown()
    {
        await using var factory = new ParticipationFactory();
        var client = factory.CreateClient();

        var live = await ReadAsync(client, "/health/live");
        var ready = await ReadAsync(client, "/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy", 0), (live.Status, live.Body.GetProperty("status").GetString(), live.Body.GetProperty("checks").EnumerateObject().Count()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Status, ready.Body.GetProperty("status").GetString()));
        Assert.Equal(["database", "outbox", "shutdown"], ready.Body.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal(0, ready.Body.GetProperty("checks").GetProperty("outbox").GetProperty("data").GetProperty("queued").GetInt32());
    }

    [Fact]
    public async Task Without_Redis_an_instance_that_needs_it_is_alive_but_not_ready()
    {
        await using var factory = new ParticipationFactory { Settings = { ["ConnectionStrings:Redis"] = $"127.0.0.1:{LoopbackPorts.Free()},connectTimeout=500" } };
        var client = factory.CreateClient();

        var live = await ReadAsync(client, "/health/live");
        var ready = await ReadAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.Status, ready.Body.GetProperty("status").GetString()));
        Assert.Equal("Unhealthy", ready.Body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_backlog_above_the_warning_makes_readiness_degraded_but_still_200()
    {
        // An SMTP server that is not there: the invitations stay queued.
        await using var factory = new ParticipationFactory
        {
            Settings =
            {
                ["Participation:Smtp:Host"] = "127.0.0.1",
                ["Participation:Smtp:Port"] = LoopbackPorts.Free().ToString(),
                ["Participation:Health:OutboxBacklogWarning"] = "1",
            },
        };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Zukunftskonferenz"));
        await admin.OpenRegistrationAsync(@event.Id, capacity: 50);
        var invited = await admin.PostJsonAsync($"/api/events/{@event.Id}/invitations",
            new { addresses = "Ayşe Demir <ayse@example.org>\nJonas Keller <jonas@example.org>\nMaryam Ahmadi <maryam@example.org>" });
        invited.EnsureSuccessStatusCode();

        var ready = await ReadAsync(factory.CreateClient(), "/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.Status, ready.Body.GetProperty("status").GetString()));
        var outbox = ready.Body.GetProperty("checks").GetProperty("outbox");
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.True(outbox.GetProperty("data").GetProperty("queued").GetInt32() >= 3);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
