using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;

namespace Participation.Api.Recommendations;

/// <summary>Which process a thing belongs to, through the way it hangs on it.</summary>
public static class ProcessScope
{
    /// <summary>The ideas among <paramref name="ideaIds"/> of the process: board → session → event → process.</summary>
    public static IQueryable<Guid> IdeasOf(this ParticipationDb db, Guid processId, IReadOnlyCollection<Guid> ideaIds) =>
        from i in db.Ideas
        join b in db.Boards on i.BoardId equals b.Id
        join s in db.Sessions on b.SessionId equals s.Id
        join e in db.Events on s.EventId equals e.Id
        where e.ProcessId == processId && ideaIds.Contains(i.Id)
        select i.Id;

    /// <summary>The contributions among <paramref name="contributionIds"/> of the process: section → document → process.</summary>
    public static IQueryable<Guid> ContributionsOf(this ParticipationDb db, Guid processId, IReadOnlyCollection<Guid> contributionIds) =>
        from c in db.Contributions
        join s in db.ConceptSections on c.SectionId equals s.Id
        join d in db.ConceptDocuments on s.DocumentId equals d.Id
        where d.ProcessId == processId && contributionIds.Contains(c.Id)
        select c.Id;

    public static Task<Guid?> ProcessOfIdeaAsync(this ParticipationDb db, Guid ideaId, CancellationToken ct) =>
        (from i in db.Ideas
         join b in db.Boards on i.BoardId equals b.Id
         join s in db.Sessions on b.SessionId equals s.Id
         join e in db.Events on s.EventId equals e.Id
         where i.Id == ideaId
         select (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);

    public static Task<Guid?> ProcessOfSectionAsync(this ParticipationDb db, Guid sectionId, CancellationToken ct) =>
        db.ConceptSections.Where(s => s.Id == sectionId)
            .Join(db.ConceptDocuments, s => s.DocumentId, d => d.Id, (s, d) => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct);

    public static Task<Guid?> ProcessOfRecommendationAsync(this ParticipationDb db, Guid recommendationId, CancellationToken ct) =>
        db.Recommendations.Where(r => r.Id == recommendationId).Select(r => (Guid?)r.ProcessId).FirstOrDefaultAsync(ct);

    public static Task<Guid?> ProcessOfMeasureAsync(this ParticipationDb db, Guid measureId, CancellationToken ct) =>
        db.Measures.Where(m => m.Id == measureId).Select(m => (Guid?)m.ProcessId).FirstOrDefaultAsync(ct);
}
