using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Participation.Api.Health;

/// <summary>
/// <c>/health/live</c>: the process runs (no dependency asked, so a database outage does not get every
/// instance restarted). <c>/health/ready</c>: the database, Redis when configured, the outbox, and not
/// shutting down. <c>/health</c> is the readiness answer too, as it was before the split.
/// </summary>
public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddParticipationHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection("Participation:Health")).ValidateDataAnnotations().ValidateOnStart();
        var checks = services.AddHealthChecks()
            .AddCheck<ShutdownHealthCheck>("shutdown", tags: [Ready])
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [Ready]);
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis")))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }
        return services;
    }

    public static void MapParticipationHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready);
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, cancellationToken: context.RequestAborted);
    }
}
