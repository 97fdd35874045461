using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Api.Documentation;

/// <summary>
/// Reads what a documentation covers in a fixed number of queries (not one per board or idea) and orders it
/// deterministically: events by start, sessions by position, ideas by dots, then time, then id.
/// </summary>
public sealed partial class DocumentationBuilder(ParticipationDb db, IOptions<ParticipationOptions> participation, IStringLocalizer<Messages> text)
{
    /// <summary>Null when the thing the scope names does not exist.</summary>
    public async Task<DocumentationModel?> BuildAsync(DocumentationScope scope, Guid id, DocumentationOptions options, CancellationToken ct)
    {
        var target = await ResolveAsync(scope, id, ct);
        if (target is null)
        {
            return null;
        }
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == target.ProcessId, ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == process.Id).OrderBy(a => a.Position).ThenBy(a => a.Name).ToListAsync(ct);
        var areaNames = areas.ToDictionary(a => a.Id, a => a.Name);
        var events = await db.Events.AsNoTracking().Where(e => target.EventIds.Contains(e.Id)).OrderBy(e => e.StartsAt).ThenBy(e => e.Title).ThenBy(e => e.Id).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => target.EventIds.Contains(s.EventId) && (target.SessionId == null || s.Id == target.SessionId))
            .OrderBy(s => s.Position).ThenBy(s => s.StartsAt).ThenBy(s => s.Title).ThenBy(s => s.Id).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var boards = await LoadBoardsAsync(sessionIds, areaNames, options, ct);
        var photos = (await db.SessionPhotos.AsNoTracking().Where(p => sessionIds.Contains(p.SessionId)).OrderBy(p => p.UploadedAt).ThenBy(p => p.Id).ToListAsync(ct))
            .ToLookup(p => p.SessionId, p => new PhotoPart(p.Caption, p.ContentType,
                Path.Combine(participation.Value.DataDirectory, "photos", p.Id.ToString("N")), p.FileName));
        var attendance = await AttendanceAsync(events.Select(e => e.Id).ToList(), options, ct);
        var facilitators = await FacilitatorsAsync(process.Id, ct);
        var series = await db.Series.AsNoTracking().Where(s => s.ProcessId == process.Id).ToDictionaryAsync(s => s.Id, s => s.Title, ct);

        var chapters = scope == DocumentationScope.Area ? [] : events.Select(e => new EventChapter(
            e.Title, text[$"Kind.{e.Kind}"], TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.TimeZone, e.Venue ?? e.OnlineUrl,
            e.SeriesId is { } seriesId && series.TryGetValue(seriesId, out var seriesTitle) ? seriesTitle : null,
            facilitators, attendance[e.Id],
            sessions.Where(s => s.EventId == e.Id).Select(s => new SessionPart(
                s.Title, TimeZones.InZone(s.StartsAt, e.TimeZone), TimeZones.InZone(s.EndsAt, e.TimeZone), s.Location,
                s.AreaId is { } areaId && areaNames.TryGetValue(areaId, out var area) ? area : null, s.Description,
                s.Summary, s.KeyResults, s.NextSteps, boards[s.Id].Select(b => b.Part).ToList(), photos[s.Id].ToList())).ToList())).ToList();

        var areaChapters = scope is DocumentationScope.Process or DocumentationScope.Area
            ? AreaChapters(areas.Where(a => scope == DocumentationScope.Process || a.Id == id).ToList(), events, sessions, boards)
            : [];
        var contributions = scope == DocumentationScope.Process ? await ContributionsAsync(process.Id, options, ct) : [];
        var ideas = boards.SelectMany(g => g).SelectMany(b => b.Part.Columns).SelectMany(c => c.Ideas).ToList();
        var numbers = new NumbersPart(
            chapters.Count, sessions.Count, boards.SelectMany(g => g).Count(), ideas.Count, ideas.Sum(i => i.Votes),
            boards.SelectMany(g => g).Sum(b => b.Part.Participants), attendance.Values.Sum(a => a.Registered), attendance.Values.Sum(a => a.CheckedIn),
            contributions.Count,
            ideas.GroupBy(i => i.Area ?? text["Documentation.NoArea"].Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CountPart(g.Key, g.Count())).ToList());
        var processPart = new ProcessPart(process.Title, process.Organisation, process.Description, text[$"ProcessStatus.{process.Status}"],
            process.StartsOn, process.EndsOn, areas.Select(a => a.Name).ToList(), Phases(await db.Events.AsNoTracking().Where(e => e.ProcessId == process.Id).ToListAsync(ct)));
        return new DocumentationModel(target.Title, scope, processPart, chapters, areaChapters, contributions, numbers, options);
    }

    private List<PhasePart> Phases(List<Event> all) =>
        all.GroupBy(e => e.Kind).Select(g => new PhasePart(text[$"Kind.{g.Key}"],
                TimeZones.InZone(g.Min(e => e.StartsAt), g.First().TimeZone), TimeZones.InZone(g.Max(e => e.EndsAt), g.First().TimeZone), g.Count()))
            .OrderBy(p => p.From).ThenBy(p => p.Kind, StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<string>> FacilitatorsAsync(Guid processId, CancellationToken ct) =>
        (await db.Memberships.AsNoTracking().Where(m => m.ProcessId == processId && m.Role == ProcessRole.Facilitator)
            .Join(db.Users, m => m.AccountId, a => a.Id, (m, a) => a.DisplayName).ToListAsync(ct))
        .Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList();

    /// <summary>By perspective and organisation over those checked in, or over those with a place when nobody was checked in (yet).</summary>
    private async Task<Dictionary<Guid, AttendancePart>> AttendanceAsync(List<Guid> eventIds, DocumentationOptions options, CancellationToken ct)
    {
        var rows = await db.Registrations.AsNoTracking().Where(r => eventIds.Contains(r.EventId) && RegistrationStatusExtensions.PlaceHolding.Contains(r.Status))
            .Select(r => new { r.EventId, r.Status, r.Perspective, r.Organisation, r.Name }).ToListAsync(ct);
        return eventIds.ToDictionary(id => id, id =>
        {
            var all = rows.Where(r => r.EventId == id).ToList();
            var checkedIn = all.Where(r => r.Status == RegistrationStatus.CheckedIn).ToList();
            var counted = checkedIn.Count > 0 ? checkedIn : all;
            List<CountPart> Count(Func<string?, string> key, IEnumerable<string?> values) => values.GroupBy(key)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new CountPart(g.Key, g.Count())).ToList();
            var unknown = text["Documentation.NotGiven"].Value;
            return new AttendancePart(all.Count, checkedIn.Count, Count(v => v ?? unknown, counted.Select(r => r.Perspective)),
                Count(v => v ?? unknown, counted.Select(r => r.Organisation)),
                options.IncludeNames ? counted.Select(r => r.Name).Order(StringComparer.CurrentCulture).ToList() : null);
        });
    }

    private async Task<List<ConceptContributionPart>> ContributionsAsync(Guid processId, DocumentationOptions options, CancellationToken ct)
    {
        var found = await (
            from c in db.Contributions.AsNoTracking()
            join s in db.ConceptSections on c.SectionId equals s.Id
            join d in db.ConceptDocuments on s.DocumentId equals d.Id
            where d.ProcessId == processId && (c.State == Concept.ContributionState.Published || (options.IncludeHidden && c.State == Concept.ContributionState.Hidden))
            select new { Document = d.Title, d.Version, s.Number, s.Title, s.Position, c.Text, c.Kind, c.Supports, c.Answer, c.CreatedAt, c.Id })
            .ToListAsync(ct);
        return found.OrderBy(f => f.Document, StringComparer.Ordinal).ThenBy(f => f.Position).ThenByDescending(f => f.Supports).ThenBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Select(f => new ConceptContributionPart($"{f.Document} ({f.Version})", $"{f.Number} {f.Title}", f.Text, text[$"ContributionKind.{f.Kind}"], f.Supports, f.Answer))
            .ToList();
    }
}
