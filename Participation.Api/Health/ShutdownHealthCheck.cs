using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Participation.Api.Health;

/// <summary>Not ready from the moment shutdown begins, so the proxy or Kubernetes sends no one new here.</summary>
internal sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The instance is shutting down.")
            : HealthCheckResult.Healthy("The instance takes requests."));
}
