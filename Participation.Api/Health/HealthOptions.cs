using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Health;

/// <summary>Bound from <c>Participation:Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>More emails than this waiting in the outbox turns readiness to Degraded (still 200: the instance serves, mail lags).</summary>
    [Range(1, 10_000_000)] public int OutboxBacklogWarning { get; set; } = 1000;
}
