using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Recommendations;

public sealed partial class TraceService
{
    public Task<OriginsResponse> OriginsOfRecommendationAsync(Guid id, CancellationToken ct) => OriginsAsync([id], ct);

    /// <summary>A section comes from the recommendations that went into it.</summary>
    public async Task<OriginsResponse> OriginsOfSectionAsync(Guid sectionId, CancellationToken ct) =>
        await OriginsAsync(await db.Recommendations.Where(r => r.SectionId == sectionId).Select(r => r.Id).ToListAsync(ct), ct);

    /// <summary>A measure comes from its recommendations and from those of its sections.</summary>
    public async Task<OriginsResponse> OriginsOfMeasureAsync(Guid measureId, CancellationToken ct)
    {
        var direct = db.MeasureRecommendations.Where(m => m.MeasureId == measureId).Select(m => m.RecommendationId);
        var sections = db.MeasureSections.Where(m => m.MeasureId == measureId).Select(m => (Guid?)m.SectionId);
        var ids = await db.Recommendations.Where(r => direct.Contains(r.Id) || sections.Contains(r.SectionId)).Select(r => r.Id).ToListAsync(ct);
        return await OriginsAsync(ids, ct);
    }

    /// <summary>What the recommendations came from: their named ideas with all ideas merged with them, their contributions, and so their sessions, events and bodies.</summary>
    public async Task<OriginsResponse> OriginsAsync(IReadOnlyCollection<Guid> recommendationIds, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => recommendationIds.Contains(r.Id)).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Kind, r.Title, r.State, r.BodyId }).ToListAsync(ct);
        var sources = await db.RecommendationSources.AsNoTracking().Where(s => recommendationIds.Contains(s.RecommendationId)).ToListAsync(ct);
        var named = sources.Where(s => s.IdeaId is not null).Select(s => s.IdeaId!.Value).Distinct().ToList();
        var merges = await IdeaMerges.LoadAsync(db, named, ct);
        // Each idea of a group counts for the recommendations any idea of the group was named in.
        var forIdea = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var source in sources.Where(s => s.IdeaId is not null))
        {
            foreach (var ideaId in merges.Group(source.IdeaId!.Value))
            {
                (forIdea.TryGetValue(ideaId, out var set) ? set : forIdea[ideaId] = []).Add(source.RecommendationId);
            }
        }
        var ideas = await IdeasAsync(forIdea.Keys, ct);
        var contributionIds = sources.Where(s => s.ContributionId is not null).Select(s => s.ContributionId!.Value).Distinct().ToList();
        var contributions = await (from c in db.Contributions.AsNoTracking()
                                   join s in db.ConceptSections on c.SectionId equals s.Id
                                   where contributionIds.Contains(c.Id)
                                   orderby c.CreatedAt
                                   select new { c.Id, c.Text, c.Kind, c.SectionId, s.Number, s.Title }).ToListAsync(ct);
        var bodyIds = recommendations.Where(r => r.BodyId is not null).Select(r => r.BodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).OrderBy(b => b.Name).Select(b => new OriginBody(b.Id, b.Name)).ToListAsync(ct);
        var ordered = ideas.Values.OrderBy(i => i.EventStartsAt).ThenBy(i => i.SessionTitle).ThenBy(i => i.Id).ToList();
        return new OriginsResponse(
            [.. recommendations.Select(r => new OriginRecommendation(r.Id, r.Kind, r.Title, r.State))],
            [.. ordered.Select(i => new OriginIdea(i, named.Contains(i.Id), [.. forIdea[i.Id]]))],
            [.. contributions.Select(c => new OriginContribution(c.Id, c.Text, c.Kind, c.SectionId, c.Number, c.Title,
                [.. sources.Where(s => s.ContributionId == c.Id).Select(s => s.RecommendationId)]))],
            [.. ordered.DistinctBy(i => i.SessionId).Select(i => new OriginSession(i.SessionId, i.SessionTitle, i.EventId))],
            [.. ordered.DistinctBy(i => i.EventId).Select(i => new OriginEvent(i.EventId, i.EventTitle, i.EventKind, i.EventStartsAt))],
            bodies);
    }
}
