using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;

namespace Participation.Api.Recommendations;

/// <summary>
/// Follows the path from ideas to recommendations, concept sections and measures, and back. It reads the tables
/// directly (measures too), so the report and the monitoring can use it without the other features' services.
/// </summary>
public sealed partial class TraceService(ParticipationDb db)
{
    /// <summary>The idea's trace; null when there is no such idea.</summary>
    public async Task<IdeaTraceResponse?> TraceIdeaAsync(Guid ideaId, CancellationToken ct)
    {
        var merges = await IdeaMerges.LoadAsync(db, [ideaId], ct);
        var group = merges.Group(ideaId);
        if (group.Count == 0 || !group.Contains(ideaId))
        {
            return null;
        }
        var ideas = await IdeasAsync(group, ct);
        if (!ideas.TryGetValue(ideaId, out var idea))
        {
            return null;
        }
        var into = merges.Into(ideaId);
        var from = merges.From(ideaId);
        var alongside = group.Where(i => i != ideaId && !into.Contains(i) && !from.Contains(i));
        var sources = await db.RecommendationSources.AsNoTracking().Where(s => s.IdeaId != null && group.Contains(s.IdeaId.Value))
            .Select(s => new { s.RecommendationId, IdeaId = s.IdeaId!.Value }).ToListAsync(ct);
        var recommendations = await RecommendationsAsync(sources.Select(s => s.RecommendationId).Distinct().ToList(), ct);
        return new IdeaTraceResponse(
            idea, [.. into.Select(i => ideas[i])], [.. from.Select(i => ideas[i])], [.. alongside.Select(i => ideas[i])],
            [.. recommendations.Select(r => r with { FromIdeaIds = [.. sources.Where(s => s.RecommendationId == r.Id).Select(s => s.IdeaId)] })]);
    }

    private async Task<List<TracedRecommendation>> RecommendationsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .OrderBy(r => r.CreatedAt)
            .Select(r => new
            {
                r.Id, r.Kind, r.Title, r.State, r.BodyId, BodyName = db.Bodies.Where(b => b.Id == r.BodyId).Select(b => b.Name).FirstOrDefault(),
                r.AgreedOn, r.SubmittedOn, r.Committee, r.DecidedOn, r.DecisionReference, r.DecisionResult, r.SectionId,
            })
            .ToListAsync(ct);
        var sectionIds = recommendations.Where(r => r.SectionId is not null).Select(r => r.SectionId!.Value).Distinct().ToList();
        var sections = await SectionsAsync(sectionIds, ct);
        var byRecommendation = await db.MeasureRecommendations.AsNoTracking().Where(m => ids.Contains(m.RecommendationId)).ToListAsync(ct);
        var bySection = await db.MeasureSections.AsNoTracking().Where(m => sectionIds.Contains(m.SectionId)).ToListAsync(ct);
        var measureIds = byRecommendation.Select(m => m.MeasureId).Concat(bySection.Select(m => m.MeasureId)).Distinct().ToList();
        var measures = await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id)).OrderBy(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(ct);
        return recommendations.Select(r => new TracedRecommendation(
            r.Id, r.Kind, r.Title, r.State, r.BodyId, r.BodyName, r.AgreedOn, r.SubmittedOn, r.Committee, r.DecidedOn, r.DecisionReference, r.DecisionResult,
            [], r.SectionId is { } s ? sections.GetValueOrDefault(s) : null,
            measures
                .Select(m => (m, viaRecommendation: byRecommendation.Any(l => l.MeasureId == m.Id && l.RecommendationId == r.Id),
                    viaSection: r.SectionId is not null && bySection.Any(l => l.MeasureId == m.Id && l.SectionId == r.SectionId)))
                .Where(x => x.viaRecommendation || x.viaSection)
                .Select(x => new TracedMeasure(x.m.Id, x.m.Title, x.m.Status, x.m.ResponsibleOrganisation, x.m.StartYear, x.m.EndYear, x.viaRecommendation, x.viaSection))
                .ToList())).ToList();
    }

    private async Task<Dictionary<Guid, TracedSection>> SectionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await (from s in db.ConceptSections.AsNoTracking()
               join d in db.ConceptDocuments on s.DocumentId equals d.Id
               where ids.Contains(s.Id)
               select new TracedSection(s.Id, d.Id, d.Title, d.Version, s.Number, s.Title, s.Code, s.WithdrawnAt != null))
            .ToDictionaryAsync(s => s.Id, ct);

    private async Task<Dictionary<Guid, TracedIdea>> IdeasAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await (from i in db.Ideas.AsNoTracking()
                          join c in db.BoardColumns on i.ColumnId equals c.Id
                          join b in db.Boards on i.BoardId equals b.Id
                          join s in db.Sessions on b.SessionId equals s.Id
                          join e in db.Events on s.EventId equals e.Id
                          where ids.Contains(i.Id)
                          select new
                          {
                              i.Id, i.Text, i.Source, i.Mark, i.Hidden, i.Withdrawn, i.MergedIntoId, i.CreatedAt, ColumnId = c.Id, ColumnTitle = c.Title,
                              BoardId = b.Id, BoardTitle = b.Title, SessionId = s.Id, SessionTitle = s.Title, EventId = e.Id, EventTitle = e.Title, EventKind = e.Kind, e.StartsAt,
                          }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new TracedIdea(
            r.Id, r.Text, r.Source, r.Mark, r.Hidden, r.Withdrawn, r.MergedIntoId, r.ColumnId, r.ColumnTitle, r.BoardId, r.BoardTitle,
            r.SessionId, r.SessionTitle, r.EventId, r.EventTitle, r.EventKind, new DateTimeOffset(DateTime.SpecifyKind(r.StartsAt, DateTimeKind.Utc))));
    }
}
