using Microsoft.EntityFrameworkCore;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Data;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>An idea to choose as a source, with the board and event it was posted on.</summary>
public sealed record IdeaChoice(Guid Id, string Text, IdeaMark Mark, string Board, string Event);

public sealed record ContributionChoice(Guid Id, string Text, string Section);

/// <summary>
/// The ideas and contributions a recommendation of a process can be made from: the ideas marked as candidates
/// (on the session outcome page), the ideas found by a search, those already ticked, and the published contributions.
/// </summary>
public static class SourceChoices
{
    public const int SearchLimit = 50;

    private static IQueryable<Idea> IdeasOf(ParticipationDb db, Guid processId) =>
        db.Ideas.AsNoTracking().Where(i => !i.Withdrawn && i.MergedIntoId == null
            && db.Boards.Any(b => b.Id == i.BoardId && db.Sessions.Any(s => s.Id == b.SessionId && db.Events.Any(e => e.Id == s.EventId && e.ProcessId == processId))));

    public static async Task<List<IdeaChoice>> CandidatesAsync(ParticipationDb db, Guid processId, CancellationToken ct) =>
        await Choices(db, IdeasOf(db, processId).Where(i => i.Mark == IdeaMark.RecommendationCandidate || i.Mark == IdeaMark.GuidelineCandidate))
            .ToListAsync(ct);

    /// <summary>Ideas whose text holds <paramref name="search"/>, and the ones already chosen, which stay on the form.</summary>
    public static async Task<List<IdeaChoice>> FoundAsync(
        ParticipationDb db, Guid processId, string? search, IReadOnlyCollection<Guid> chosen, CancellationToken ct)
    {
        var found = new List<IdeaChoice>();
        if (chosen.Count > 0)
        {
            found.AddRange(await Choices(db, IdeasOf(db, processId).Where(i => chosen.Contains(i.Id))).ToListAsync(ct));
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var lower = search.Trim().ToLower();
            found.AddRange(await Choices(db, IdeasOf(db, processId).Where(i => i.Text.ToLower().Contains(lower))).Take(SearchLimit).ToListAsync(ct));
        }
        return found.DistinctBy(i => i.Id).ToList();
    }

    public static async Task<List<ContributionChoice>> ContributionsAsync(ParticipationDb db, Guid processId, CancellationToken ct) =>
        await (from c in db.Contributions.AsNoTracking()
               join s in db.ConceptSections on c.SectionId equals s.Id
               join d in db.ConceptDocuments on s.DocumentId equals d.Id
               where d.ProcessId == processId && c.State == ContributionState.Published
               orderby s.Number, c.CreatedAt
               select new ContributionChoice(c.Id, c.Text, s.Number + " " + s.Title)).ToListAsync(ct);

    private static IQueryable<IdeaChoice> Choices(ParticipationDb db, IQueryable<Idea> ideas) =>
        from i in ideas
        join b in db.Boards on i.BoardId equals b.Id
        join s in db.Sessions on b.SessionId equals s.Id
        join e in db.Events on s.EventId equals e.Id
        orderby i.CreatedAt, i.Id
        select new IdeaChoice(i.Id, i.Text, i.Mark, b.Title, e.Title);
}
