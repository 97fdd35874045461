using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Participation.Api.Boards;

namespace Participation.Api.Security;

/// <summary>
/// The rate limiter's middleware never sees hub calls: ideas posted over the hub are counted here,
/// per participant (per connection for accounts), with the same <c>Ideas</c> setting as posting over REST.
/// </summary>
public sealed class HubPostingLimiter(IOptions<RateLimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => options.Value.Ideas.ToLimiterOptions()));

    /// <summary>Takes one permit; a refused lease says when to try again (<see cref="RateLimits.RetryAfterSeconds"/>).</summary>
    public RateLimitLease Acquire(ClaimsPrincipal user, string connectionId) =>
        limiter.AttemptAcquire(user.Get(BoardClaims.Participant) is { } participant ? $"participant:{participant}" : $"connection:{connectionId}");

    public void Dispose() => limiter.Dispose();
}
