using DotNet.Testcontainers.Builders;
using Testcontainers.Redis;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// The Redis server of the test run, started on first use. In this order: the server named by
/// <c>PARTICIPATION_TEST_REDIS</c> (what .ci/run starts), a Testcontainers container when a Docker
/// engine answers, a throw-away <c>redis-server</c> from the local binary. Without any of them the tests fail.
/// Tests sharing it keep apart by a channel prefix of their own (<c>Participation:Redis:ChannelPrefix</c>).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Variable = "PARTICIPATION_TEST_REDIS";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? configuration;
    private IAsyncDisposable? owned;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (owned is not null)
        {
            await owned.DisposeAsync();
        }
    }

    /// <summary>The StackExchange.Redis configuration string of the server, such as <c>127.0.0.1:6390</c>.</summary>
    public async Task<string> ConfigurationAsync()
    {
        await gate.WaitAsync();
        try
        {
            return configuration ??= await StartAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }
        try
        {
            var container = new RedisBuilder("redis:7-alpine").Build();
            await container.StartAsync();
            owned = container;
            return container.GetConnectionString();
        }
        catch (DockerUnavailableException)
        {
            // No container engine here; the local binary is the last way.
        }
        if (File.Exists(LocalRedisServer.Binary))
        {
            var server = await LocalRedisServer.StartAsync();
            owned = server;
            return server.Configuration;
        }
        throw new InvalidOperationException(
            "The multi-instance tests need a Redis server, and none was found. Provide one of: " +
            $"(1) the environment variable {Variable} with a StackExchange.Redis configuration string, for example {Variable}=\"127.0.0.1:6379\"; " +
            "(2) a running Docker engine (Testcontainers starts redis:7-alpine); " +
            $"(3) the Redis server binary {LocalRedisServer.Binary} (Debian: apt-get install redis-server).");
    }
}
