using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Recommendations;

/// <summary>
/// Deletes that would take away where a recommendation came from (its ideas or contributions, or the section it went
/// into) or the attendance kept for a body's meeting are refused with 409 while they hold it. Deleting the whole
/// process still takes everything with it.
/// </summary>
public static class TracedDeletes
{
    public static async Task<ProblemHttpResult?> RefuseSessionAsync(ParticipationDb db, Guid sessionId, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await TracedIdeasIn(db, db.Boards.Where(b => b.SessionId == sessionId)).AnyAsync(ct) ? Problems.Conflict(text, "Delete.HoldsTrace") : null;

    public static async Task<ProblemHttpResult?> RefuseEventAsync(ParticipationDb db, Guid eventId, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var boards = db.Boards.Where(b => db.Sessions.Any(s => s.Id == b.SessionId && s.EventId == eventId));
        if (await TracedIdeasIn(db, boards).AnyAsync(ct))
        {
            return Problems.Conflict(text, "Delete.HoldsTrace");
        }
        return await db.MeetingAttendances.AnyAsync(a => a.EventId == eventId, ct) ? Problems.Conflict(text, "Delete.HoldsAttendance") : null;
    }

    public static async Task<ProblemHttpResult?> RefuseDocumentAsync(ParticipationDb db, Guid documentId, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var sections = db.ConceptSections.Where(s => s.DocumentId == documentId).Select(s => s.Id);
        var traced = await db.RecommendationSources.AnyAsync(s => db.Contributions.Any(c => c.Id == s.ContributionId && sections.Contains(c.SectionId)), ct)
            || await db.Recommendations.AnyAsync(r => r.SectionId != null && sections.Contains(r.SectionId.Value), ct);
        return traced ? Problems.Conflict(text, "Delete.HoldsTrace") : null;
    }

    private static IQueryable<Guid> TracedIdeasIn(ParticipationDb db, IQueryable<Boards.Board> boards) =>
        db.RecommendationSources.Where(s => s.IdeaId != null && db.Ideas.Any(i => i.Id == s.IdeaId && boards.Any(b => b.Id == i.BoardId)))
            .Select(s => s.RecommendationId);
}
