using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Boards;

namespace Participation.Api.Security;

/// <summary>
/// The named rate-limit policies. Only POSTs count, so a policy on a page limits its form, not reading it.
/// Client addresses are the connection's (after forwarded headers) and are only held in memory for the window.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Registration = "registration";
    public const string Join = "join";
    public const string Ideas = "ideas";
    public const string Contributions = "contributions";

    public static IServiceCollection AddParticipationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitsOptions>().Bind(configuration.GetSection("Participation:RateLimits"))
            .Validate(o => o.All.All(w => w.IsValid), "Participation:RateLimits: every PermitLimit must be 1 to 1000000 and every WindowSeconds 1 to 86400.")
            .ValidateOnStart();
        var limits = configuration.GetSection("Participation:RateLimits").Get<RateLimitsOptions>() ?? new RateLimitsOptions();
        services.AddSingleton<HubPostingLimiter>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Login, context => ByAddress(context, Login, limits.Login));
            o.AddPolicy(Registration, context => ByAddress(context, Registration, limits.Registration));
            o.AddPolicy(Join, context => ByAddress(context, Join, limits.Join));
            o.AddPolicy(Contributions, context => ByAddress(context, Contributions, limits.Contributions));
            o.AddPolicy(Ideas, context => context.User.Get(BoardClaims.Participant) is { } participant
                ? Window(context, $"{Ideas}:{participant}", limits.Ideas)
                : ByAddress(context, Ideas, limits.Ideas));
            o.OnRejected = RateLimitRejection.WriteAsync;
        });
        return services;
    }

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static FixedWindowRateLimiterOptions ToLimiterOptions(this RateLimitWindow window) => new()
    {
        PermitLimit = window.PermitLimit,
        Window = TimeSpan.FromSeconds(window.WindowSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static RateLimitPartition<string> ByAddress(HttpContext context, string policy, RateLimitWindow window) =>
        Window(context, $"{policy}:{AddressOf(context)}", window);

    private static RateLimitPartition<string> Window(HttpContext context, string key, RateLimitWindow window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => window.ToLimiterOptions())
            : RateLimitPartition.GetNoLimiter("");

    /// <summary>Whole seconds until the lease's limiter lets the next request through; null when it does not say.</summary>
    public static int? RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : null;

    internal static string Seconds(int? seconds) => (seconds ?? 60).ToString(CultureInfo.InvariantCulture);
}
