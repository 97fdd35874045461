using Microsoft.Extensions.Diagnostics.HealthChecks;
using Participation.Api.Scaling;

namespace Participation.Api.Health;

internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var took = await redis.PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answers ({took.TotalMilliseconds:0} ms).");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            // Without Redis this instance's clients miss what is posted on the others: not ready.
            return HealthCheckResult.Unhealthy("Redis does not answer; live boards would not reach the other instances.");
        }
    }
}
