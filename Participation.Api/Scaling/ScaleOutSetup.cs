using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Participation.Api.Scaling;

/// <summary>
/// Several instances, one system: with a Redis server configured, board messages reach the clients of
/// every instance through its publish/subscribe channels. One instance needs no Redis.
/// </summary>
public static class ScaleOutSetup
{
    public static ISignalRServerBuilder AddScaleOut(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        signalR.Services.AddOptions<RedisOptions>().Bind(configuration.GetSection("Participation:Redis")).ValidateDataAnnotations().ValidateOnStart();
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            return signalR;
        }
        var prefix = configuration.GetSection("Participation:Redis").Get<RedisOptions>()?.ChannelPrefix ?? new RedisOptions().ChannelPrefix;
        signalR.Services.AddSingleton(new RedisConnection(redis));
        return signalR.AddStackExchangeRedis(redis, backplane =>
        {
            backplane.Configuration.ChannelPrefix = RedisChannel.Literal(prefix);
            // Start even while Redis is away; the backplane connects when it comes back and readiness says so meanwhile.
            backplane.Configuration.AbortOnConnectFail = false;
        });
    }
}
