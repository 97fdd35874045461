namespace Participation.Api.Recommendations;

/// <summary>
/// Which moves a recommendation may make (see docs/recommendation-states.md). Forward: draft → agreed (by its body) →
/// submitted → decided → inConcept; a recommendation without a body's vote (a guideline of the administration) goes from
/// draft straight to submitted; a deferred decision may be followed by a new decision; only an adopted one goes into the
/// concept. Back: to any state it has been in, to correct a mistake, with a comment.
/// </summary>
public static class StateMoves
{
    public static IReadOnlyList<RecommendationState> Forward(Recommendation r) => r.State switch
    {
        RecommendationState.Draft => r.BodyId is null ? [RecommendationState.Submitted] : [RecommendationState.Agreed, RecommendationState.Submitted],
        RecommendationState.Agreed => [RecommendationState.Submitted],
        RecommendationState.Submitted => [RecommendationState.Decided],
        RecommendationState.Decided when r.DecisionResult == DecisionResult.Deferred => [RecommendationState.Decided],
        RecommendationState.Decided when IsAdopted(r.DecisionResult) => [RecommendationState.InConcept],
        _ => [],
    };

    /// <summary>The earlier states it has really been in: a skipped step cannot be gone back to.</summary>
    public static IReadOnlyList<RecommendationState> Back(Recommendation r) =>
        new[]
        {
            (RecommendationState.Draft, true),
            (RecommendationState.Agreed, r.AgreedOn is not null),
            (RecommendationState.Submitted, r.SubmittedOn is not null),
            (RecommendationState.Decided, r.DecidedOn is not null),
        }.Where(s => s.Item2 && s.Item1 < r.State).Select(s => s.Item1).ToList();

    public static IReadOnlyList<RecommendationState> Next(Recommendation r) => [.. Forward(r), .. Back(r)];

    public static bool IsAdopted(DecisionResult? result) => result is DecisionResult.Adopted or DecisionResult.AdoptedWithChanges;

    /// <summary>The date of the step it is at, which the next step may not precede.</summary>
    public static DateOnly? LastStepOn(Recommendation r) => new[] { r.AgreedOn, r.SubmittedOn, r.DecidedOn }.Max();

    /// <summary>Going back forgets what belonged to the later states; the history keeps it.</summary>
    public static void ForgetAfter(Recommendation r, RecommendationState state)
    {
        if (state < RecommendationState.InConcept)
        {
            r.SectionId = null;
        }
        if (state < RecommendationState.Decided)
        {
            (r.DecidedOn, r.DecisionReference, r.DecisionResult) = (null, null, null);
        }
        if (state < RecommendationState.Submitted)
        {
            (r.SubmittedOn, r.Committee) = (null, null);
        }
        if (state < RecommendationState.Agreed)
        {
            r.AgreedOn = null;
        }
    }
}
