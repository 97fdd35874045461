using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Documentation;

public sealed partial class DocumentationBuilder
{
    /// <summary>What a scope covers: its process, its events, and (for a session) the one session.</summary>
    public sealed record ScopeTarget(Guid ProcessId, string Title, List<Guid> EventIds, Guid? SessionId);

    public async Task<ScopeTarget?> ResolveAsync(DocumentationScope scope, Guid id, CancellationToken ct)
    {
        switch (scope)
        {
            case DocumentationScope.Session:
                var session = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
                    .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { s.Title, e.ProcessId, EventId = e.Id, Event = e.Title }).FirstOrDefaultAsync(ct);
                return session is null ? null : new ScopeTarget(session.ProcessId, $"{session.Event}: {session.Title}", [session.EventId], id);
            case DocumentationScope.Event:
                var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
                return @event is null ? null : new ScopeTarget(@event.ProcessId, @event.Title, [id], null);
            case DocumentationScope.Series:
                var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
                return series is null ? null
                    : new ScopeTarget(series.ProcessId, series.Title, await db.Events.Where(e => e.SeriesId == id).Select(e => e.Id).ToListAsync(ct), null);
            case DocumentationScope.Area:
                var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
                return area is null ? null
                    : new ScopeTarget(area.ProcessId, area.Name, await db.Events.Where(e => e.ProcessId == area.ProcessId).Select(e => e.Id).ToListAsync(ct), null);
            default:
                var process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                return process is null ? null
                    : new ScopeTarget(id, process.Title, await db.Events.Where(e => e.ProcessId == id).Select(e => e.Id).ToListAsync(ct), null);
        }
    }
}
