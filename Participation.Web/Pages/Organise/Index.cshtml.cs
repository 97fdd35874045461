using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise;

/// <summary>The organiser's start page: their processes and what comes next in them.</summary>
public sealed class IndexModel(ParticipationDb db, ProcessAccess access, TimeProvider clock) : PageModel
{
    private const int UpcomingShown = 10;

    public sealed record ProcessCard(ProcessResponse Process, int AreaCount, int EventCount);
    public sealed record UpcomingEvent(EventResponse Event, string ProcessTitle);

    public IReadOnlyList<ProcessCard> Processes { get; private set; } = [];
    public IReadOnlyList<UpcomingEvent> Upcoming { get; private set; } = [];
    public bool MayCreateProcesses => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Organiser);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var processes = (await ProcessesApi.ListProcesses(User, db, access, ct)).Value ?? [];
        var ids = processes.Select(p => p.Id).ToList();
        var areaCounts = await db.Areas.Where(a => ids.Contains(a.ProcessId)).GroupBy(a => a.ProcessId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var eventCounts = await db.Events.Where(e => ids.Contains(e.ProcessId)).GroupBy(e => e.ProcessId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Processes = processes.Select(p => new ProcessCard(p, areaCounts.GetValueOrDefault(p.Id), eventCounts.GetValueOrDefault(p.Id))).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = await db.Events.AsNoTracking().Include(e => e.Areas)
            .Where(e => ids.Contains(e.ProcessId) && e.EndsAt >= now)
            .OrderBy(e => e.StartsAt).Take(UpcomingShown).ToListAsync(ct);
        var titles = processes.ToDictionary(p => p.Id, p => p.Title);
        Upcoming = upcoming.Select(e => new UpcomingEvent(e.ToResponse(), titles[e.ProcessId])).ToList();
    }
}
