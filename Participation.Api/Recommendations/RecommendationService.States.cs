using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Recommendations;

public sealed partial class RecommendationService
{
    /// <summary>Moves a recommendation to the state asked for, or refuses naming the field; each move is one history row with the account.</summary>
    public async Task<Outcome<RecommendationResponse>> MoveAsync(
        Guid id, StateInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var r = await db.Recommendations.FirstAsync(x => x.Id == id, ct);
        var back = input.State < r.State;
        if (!StateMoves.Next(r).Contains(input.State))
        {
            return RefuseMove(r, input.State);
        }
        if (back && string.IsNullOrWhiteSpace(input.Comment))
        {
            return Invalid("comment", "Recommendation.CommentRequiredForBack");
        }
        var today = await TimeZones.TodayInProcessAsync(db, r.ProcessId, clock, ct);
        var on = back ? today : input.On ?? today;
        if (!back && await CheckForwardAsync(r, input, on, today, options.Value, ct) is { } refused)
        {
            return refused;
        }
        if (back)
        {
            StateMoves.ForgetAfter(r, input.State);
        }
        else
        {
            Apply(r, input, on);
        }
        r.State = input.State;
        r.UpdatedAt = Now;
        // The history keeps what the move itself set, not what else came along in the input.
        RecommendationState? sets = back ? null : input.State;
        db.RecommendationStateChanges.Add(new RecommendationStateChange
        {
            RecommendationId = r.Id, State = input.State, On = on, Comment = input.Comment.NullIfBlank(), AccountId = user.AccountId(), CreatedAt = Now,
            Committee = sets is RecommendationState.Submitted or RecommendationState.Decided ? r.Committee : null,
            DecisionReference = sets is RecommendationState.Decided ? r.DecisionReference : null,
            DecisionResult = sets is RecommendationState.Decided ? r.DecisionResult : null,
            SectionId = sets is RecommendationState.InConcept ? r.SectionId : null,
        });
        await db.SaveChangesAsync(ct);
        return (await ResponsesAsync(db.Recommendations.Where(x => x.Id == id), ct)).Single();
    }

    private Refusal RefuseMove(Recommendation r, RecommendationState to) => to switch
    {
        RecommendationState.Agreed when r.State == RecommendationState.Draft => Invalid("state", "Recommendation.AgreedNeedsBody"),
        RecommendationState.InConcept when r.State == RecommendationState.Decided => Invalid("state", "Recommendation.ConceptNeedsAdoption"),
        _ => Invalid("state", "Recommendation.MoveNotAllowed", text[$"Recommendation.State.{r.State}"], text[$"Recommendation.State.{to}"]),
    };

    private async Task<Refusal?> CheckForwardAsync(Recommendation r, StateInput input, DateOnly on, DateOnly today, RecommendationsOptions options, CancellationToken ct)
    {
        if (on > today.AddDays(options.FutureDaysAllowed))
        {
            return Invalid("on", "Recommendation.DateInFuture");
        }
        if (StateMoves.LastStepOn(r) is { } last && on < last)
        {
            return Invalid("on", "Recommendation.DateBeforePrevious", last.ToString("d", CultureInfo.CurrentCulture));
        }
        if (input.State == RecommendationState.InConcept
            && !await db.ConceptSections.AnyAsync(s => s.Id == input.SectionId && db.ConceptDocuments.Any(d => d.Id == s.DocumentId && d.ProcessId == r.ProcessId), ct))
        {
            return Invalid("sectionId", "Recommendation.SectionNotInProcess");
        }
        return null;
    }

    private static void Apply(Recommendation r, StateInput input, DateOnly on)
    {
        switch (input.State)
        {
            case RecommendationState.Agreed:
                r.AgreedOn = on;
                break;
            case RecommendationState.Submitted:
                (r.SubmittedOn, r.Committee) = (on, input.Committee!.Trim());
                break;
            case RecommendationState.Decided:
                (r.DecidedOn, r.Committee, r.DecisionReference, r.DecisionResult) = (on, input.Committee!.Trim(), input.DecisionReference.NullIfBlank(), input.Result);
                break;
            case RecommendationState.InConcept:
                r.SectionId = input.SectionId;
                break;
        }
    }
}
