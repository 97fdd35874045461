using Participation.Api.Data;

namespace Participation.Api.Recommendations;

/// <summary>
/// The year of a recommendation, the same for the list's <c>?year=</c> and the annual report: every year in which one
/// of its steps is dated (made, agreed, submitted, decided, taken into the concept, sent back), in the process's days.
/// </summary>
public static class RecommendationYears
{
    public static IQueryable<Recommendation> InYear(this IQueryable<Recommendation> query, ParticipationDb db, int year)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return query.Where(r => db.RecommendationStateChanges.Any(c => c.RecommendationId == r.Id && c.On >= first && c.On <= last)
            || (r.AgreedOn >= first && r.AgreedOn <= last) || (r.SubmittedOn >= first && r.SubmittedOn <= last) || (r.DecidedOn >= first && r.DecidedOn <= last));
    }
}
