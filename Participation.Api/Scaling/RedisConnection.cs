using StackExchange.Redis;

namespace Participation.Api.Scaling;

/// <summary>
/// This instance's own connection to the Redis server, for the readiness check. The backplane keeps a
/// connection of its own; both reconnect by themselves after Redis comes back.
/// </summary>
public sealed class RedisConnection(string configuration) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> connection = new(async () =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return await ConnectionMultiplexer.ConnectAsync(options);
    });

    public async Task<TimeSpan> PingAsync() => await (await connection.Value).GetDatabase().PingAsync();

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated)
        {
            await (await connection.Value).DisposeAsync();
        }
    }
}
