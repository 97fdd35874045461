using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Api.Indicators;

public static class IndicatorAccess
{
    /// <summary>Null when the caller has the role in the indicator's process; else the problem to answer with.</summary>
    public static async Task<ProblemHttpResult?> DenyIndicatorAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid indicatorId, ProcessRole role, CancellationToken ct)
    {
        var processId = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (Guid?)i.ProcessId).FirstOrDefaultAsync(ct);
        return await access.DenyAsync(user, processId, role, ct, "Indicator");
    }

    /// <summary>
    /// Charts are public once the process has published its monitoring; before that, facilitators see them.
    /// An anonymous caller of an unpublished process gets 404, as if the indicator did not exist.
    /// </summary>
    public static async Task<ProblemHttpResult?> DenyChartAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid indicatorId, CancellationToken ct)
    {
        var found = await db.Indicators.Where(i => i.Id == indicatorId)
            .Join(db.Processes, i => i.ProcessId, p => p.Id, (i, p) => new { p.Id, p.MonitoringPublishedAt })
            .FirstOrDefaultAsync(ct);
        if (found?.MonitoringPublishedAt is not null)
        {
            return null;
        }
        return await access.DenyAsync(user, user.Identity?.IsAuthenticated == true ? found?.Id : null, ProcessRole.Facilitator, ct, "Indicator");
    }
}
