using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Telemetry;

namespace Participation.Api.Health;

internal sealed class OutboxHealthCheck(ParticipationDb db, IOptions<HealthOptions> options, ParticipationMetrics metrics) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var queued = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Queued, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Failed, cancellationToken);
        metrics.OutboxCounted(queued);
        var data = new Dictionary<string, object> { ["queued"] = queued, ["failed"] = failed };
        return queued > options.Value.OutboxBacklogWarning
            ? HealthCheckResult.Degraded($"{queued} emails wait in the outbox (more than {options.Value.OutboxBacklogWarning}).", data: data)
            : HealthCheckResult.Healthy($"{queued} emails wait in the outbox.", data);
    }
}
