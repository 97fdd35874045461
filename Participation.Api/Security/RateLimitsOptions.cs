namespace Participation.Api.Security;

/// <summary>One rate limit: so many requests per window, counted per partition (a client address, a participant).</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    public bool IsValid => PermitLimit is >= 1 and <= 1_000_000 && WindowSeconds is >= 1 and <= 86_400;
}

/// <summary>
/// Bound from <c>Participation:RateLimits</c>. The defaults are far above what a person does; they stop scripts.
/// Join is generous because a hall of phones on the event's network often shares one public address.
/// </summary>
public sealed class RateLimitsOptions
{
    public RateLimitWindow Login { get; set; } = new() { PermitLimit = 10 };
    public RateLimitWindow Registration { get; set; } = new() { PermitLimit = 20 };
    public RateLimitWindow Join { get; set; } = new() { PermitLimit = 300 };
    public RateLimitWindow Ideas { get; set; } = new() { PermitLimit = 30 };
    public RateLimitWindow Contributions { get; set; } = new() { PermitLimit = 30 };

    public IEnumerable<RateLimitWindow> All => [Login, Registration, Join, Ideas, Contributions];
}
