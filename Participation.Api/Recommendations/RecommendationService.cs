using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Recommendations;

/// <summary>Creates and changes recommendations; every refusal names its field and leaves everything as it was.</summary>
public sealed partial class RecommendationService(
    ParticipationDb db, TimeProvider clock, IOptions<RecommendationsOptions> options, IStringLocalizer<Messages> text)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Refusal Invalid(string field, string key, params object[] args) => new(RefusalKind.Invalid, text[key, args], field);

    public async Task<Outcome<RecommendationResponse>> CreateAsync(Guid processId, RecommendationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await CheckLinksAsync(processId, input.AreaId, input.BodyId, ct) ?? await CheckSourcesAsync(processId, input.IdeaIds, input.ContributionIds, ct))
            is { } refused)
        {
            return refused;
        }
        var recommendation = new Recommendation
        {
            ProcessId = processId, Kind = input.Kind, Title = input.Title.Trim(), Text = input.Text.Trim(), Rationale = input.Rationale.NullIfBlank(),
            AreaId = input.AreaId, BodyId = input.BodyId, State = RecommendationState.Draft, CreatedAt = Now, UpdatedAt = Now,
        };
        db.Recommendations.Add(recommendation);
        AddSources(recommendation.Id, input.IdeaIds, input.ContributionIds, existing: []);
        db.RecommendationStateChanges.Add(new RecommendationStateChange
        {
            RecommendationId = recommendation.Id, State = RecommendationState.Draft, On = await TimeZones.TodayInProcessAsync(db, processId, clock, ct), AccountId = user.AccountId(), CreatedAt = Now,
        });
        await db.SaveChangesAsync(ct);
        return (await ResponsesAsync(db.Recommendations.Where(r => r.Id == recommendation.Id), ct)).Single();
    }

    public async Task<Outcome<RecommendationResponse>> UpdateAsync(Guid id, RecommendationUpdate input, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstAsync(r => r.Id == id, ct);
        if (await CheckLinksAsync(recommendation.ProcessId, input.AreaId, input.BodyId, ct) is { } refused)
        {
            return refused;
        }
        if (input.BodyId is null && recommendation.State == RecommendationState.Agreed)
        {
            return Invalid("bodyId", "Recommendation.AgreedKeepsBody");
        }
        recommendation.Kind = input.Kind;
        recommendation.Title = input.Title.Trim();
        recommendation.Text = input.Text.Trim();
        recommendation.Rationale = input.Rationale.NullIfBlank();
        recommendation.AreaId = input.AreaId;
        recommendation.BodyId = input.BodyId;
        recommendation.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return (await ResponsesAsync(db.Recommendations.Where(r => r.Id == id), ct)).Single();
    }

    public async Task<Outcome<RecommendationResponse>> AddSourcesAsync(Guid id, SourcesInput input, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstAsync(r => r.Id == id, ct);
        if (await CheckSourcesAsync(recommendation.ProcessId, input.IdeaIds, input.ContributionIds, ct) is { } refused)
        {
            return refused;
        }
        var existing = await db.RecommendationSources.Where(s => s.RecommendationId == id).ToListAsync(ct);
        AddSources(id, input.IdeaIds, input.ContributionIds, existing);
        recommendation.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return (await ResponsesAsync(db.Recommendations.Where(r => r.Id == id), ct)).Single();
    }

    /// <summary>Takes one idea or contribution away; the last source stays, a recommendation always comes from something.</summary>
    public async Task<Outcome<RecommendationResponse>> RemoveSourceAsync(Guid id, Guid? ideaId, Guid? contributionId, CancellationToken ct)
    {
        var sources = await db.RecommendationSources.Where(s => s.RecommendationId == id).ToListAsync(ct);
        var source = sources.FirstOrDefault(s => (ideaId is not null && s.IdeaId == ideaId) || (contributionId is not null && s.ContributionId == contributionId));
        if (source is null)
        {
            return new Refusal(RefusalKind.NotFound, text[ideaId is null ? "NotFound.Contribution" : "NotFound.Idea"]);
        }
        if (sources.Count == 1)
        {
            return new Refusal(RefusalKind.Conflict, text["Recommendation.KeepsLastSource"]);
        }
        db.RecommendationSources.Remove(source);
        (await db.Recommendations.FirstAsync(r => r.Id == id, ct)).UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return (await ResponsesAsync(db.Recommendations.Where(r => r.Id == id), ct)).Single();
    }

    private void AddSources(Guid recommendationId, IReadOnlyList<Guid>? ideaIds, IReadOnlyList<Guid>? contributionIds, List<RecommendationSource> existing)
    {
        foreach (var ideaId in (ideaIds ?? []).Distinct().Where(i => existing.All(s => s.IdeaId != i)))
        {
            db.RecommendationSources.Add(new RecommendationSource { RecommendationId = recommendationId, IdeaId = ideaId });
        }
        foreach (var contributionId in (contributionIds ?? []).Distinct().Where(c => existing.All(s => s.ContributionId != c)))
        {
            db.RecommendationSources.Add(new RecommendationSource { RecommendationId = recommendationId, ContributionId = contributionId });
        }
    }

    private async Task<Refusal?> CheckLinksAsync(Guid processId, Guid? areaId, Guid? bodyId, CancellationToken ct)
    {
        if (areaId is { } area && !await db.Areas.AnyAsync(a => a.Id == area && a.ProcessId == processId, ct))
        {
            return Invalid("areaId", "Recommendation.AreaNotInProcess");
        }
        if (bodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body && b.ProcessId == processId, ct))
        {
            return Invalid("bodyId", "Recommendation.BodyNotInProcess");
        }
        return null;
    }

    /// <summary>Every idea and contribution must come from this process; one from elsewhere refuses them all.</summary>
    private async Task<Refusal?> CheckSourcesAsync(Guid processId, IReadOnlyList<Guid>? ideaIds, IReadOnlyList<Guid>? contributionIds, CancellationToken ct)
    {
        var ideas = (ideaIds ?? []).Distinct().ToList();
        if (ideas.Count > 0 && await db.IdeasOf(processId, ideas).CountAsync(ct) != ideas.Count)
        {
            return Invalid("ideaIds", "Recommendation.IdeaNotInProcess");
        }
        // Whoever withdrew an idea took it back; a recommendation does not carry it on.
        if (ideas.Count > 0 && await db.Ideas.AnyAsync(i => ideas.Contains(i.Id) && i.Withdrawn, ct))
        {
            return Invalid("ideaIds", "Recommendation.IdeaWithdrawn");
        }
        var contributions = (contributionIds ?? []).Distinct().ToList();
        if (contributions.Count > 0 && await db.ContributionsOf(processId, contributions).CountAsync(ct) != contributions.Count)
        {
            return Invalid("contributionIds", "Recommendation.ContributionNotInProcess");
        }
        return null;
    }

    public async Task<List<RecommendationResponse>> ResponsesAsync(IQueryable<Recommendation> query, CancellationToken ct)
    {
        var recommendations = await query.AsNoTracking().ToListAsync(ct);
        var ids = recommendations.Select(r => r.Id).ToList();
        var sources = await db.RecommendationSources.AsNoTracking().Where(s => ids.Contains(s.RecommendationId)).ToListAsync(ct);
        return recommendations.Select(r => new RecommendationResponse(
            r.Id, r.ProcessId, r.Kind, r.AreaId, r.BodyId, r.Title, r.Text, r.Rationale, r.State, r.AgreedOn, r.SubmittedOn, r.Committee,
            r.DecidedOn, r.DecisionReference, r.DecisionResult, r.SectionId,
            sources.Where(s => s.RecommendationId == r.Id && s.IdeaId is not null).Select(s => s.IdeaId!.Value).ToList(),
            sources.Where(s => s.RecommendationId == r.Id && s.ContributionId is not null).Select(s => s.ContributionId!.Value).ToList(),
            StateMoves.Next(r), Utc(r.CreatedAt), Utc(r.UpdatedAt))).ToList();
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
