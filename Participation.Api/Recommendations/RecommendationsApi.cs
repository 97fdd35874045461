using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Recommendations;

/// <summary>Recommendations and guidelines: listed and made under their process, read and changed by their own id.</summary>
public static class RecommendationsApi
{
    public static void MapRecommendationRoutes(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/recommendations").WithTags("Recommendations").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListRecommendations).WithName(nameof(ListRecommendations))
            .WithSummary("Filters: state, kind, areaId, bodyId, year (a year in which it was made, agreed, submitted or decided).");
        ofProcess.MapPost("/", CreateRecommendation).WithName(nameof(CreateRecommendation)).WithValidation<RecommendationInput>()
            .WithSummary("Makes a draft from ideas (ideaIds) and concept contributions (contributionIds) of the process.");

        var one = routes.MapGroup("/api/recommendations/{id:guid}").WithTags("Recommendations").RequireAuthorization().WithStandardProblems();
        one.MapGet("/", GetRecommendation).WithName(nameof(GetRecommendation));
        one.MapPut("/", UpdateRecommendation).WithName(nameof(UpdateRecommendation)).WithValidation<RecommendationUpdate>();
        one.MapPost("/sources", AddRecommendationSources).WithName(nameof(AddRecommendationSources)).WithValidation<SourcesInput>();
        one.MapDelete("/sources/ideas/{ideaId:guid}", RemoveRecommendationIdea).WithName(nameof(RemoveRecommendationIdea));
        one.MapDelete("/sources/contributions/{contributionId:guid}", RemoveRecommendationContribution).WithName(nameof(RemoveRecommendationContribution));
        one.MapPut("/state", MoveRecommendation).WithName(nameof(MoveRecommendation)).WithValidation<StateInput>()
            .WithSummary("Moves it on (agreed, submitted, decided, inConcept) or back to correct a mistake (with a comment).");
        one.MapGet("/history", RecommendationHistory).WithName(nameof(RecommendationHistory));
    }

    public static async Task<Results<Ok<List<RecommendationResponse>>, ValidationProblem, ProblemHttpResult>> ListRecommendations(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct,
        string? state = null, string? kind = null, Guid? areaId = null, Guid? bodyId = null, int? year = null)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        RecommendationState? inState = null;
        if (state is not null)
        {
            if (!Enum.TryParse<RecommendationState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Validation.Problem("state", text["ValueUnreadable"], text);
            }
            inState = parsed;
        }
        RecommendationKind? ofKind = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<RecommendationKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Validation.Problem("kind", text["ValueUnreadable"], text);
            }
            ofKind = parsed;
        }
        if (year is < 1900 or > 2200)
        {
            return Validation.Problem("year", text["ValueUnreadable"], text);
        }
        var query = db.Recommendations.Where(r => r.ProcessId == processId);
        query = inState is { } s ? query.Where(r => r.State == s) : query;
        query = ofKind is { } k ? query.Where(r => r.Kind == k) : query;
        query = areaId is { } a ? query.Where(r => r.AreaId == a) : query;
        query = bodyId is { } b ? query.Where(r => r.BodyId == b) : query;
        query = year is { } y ? query.InYear(db, y) : query;
        var list = await recommendations.ResponsesAsync(query.OrderBy(r => r.CreatedAt), ct);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Created<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> CreateRecommendation(
        Guid processId, RecommendationInput input, ClaimsPrincipal user, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var outcome = await recommendations.CreateAsync(processId, input, user, ct);
        return outcome.Refusal is { } refusal
            ? (refusal.Kind == RefusalKind.Invalid ? Validation.Problem(refusal.Field ?? "body", refusal.Message, text) : refusal.ToProblem())
            : TypedResults.Created($"/api/recommendations/{outcome.Value!.Id}", outcome.Value);
    }

    public static async Task<Results<Ok<RecommendationResponse>, ProblemHttpResult>> GetRecommendation(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : TypedResults.Ok((await recommendations.ResponsesAsync(db.Recommendations.Where(r => r.Id == id), ct)).Single());

    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> UpdateRecommendation(
        Guid id, RecommendationUpdate input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : (await recommendations.UpdateAsync(id, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> AddRecommendationSources(
        Guid id, SourcesInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : (await recommendations.AddSourcesAsync(id, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> RemoveRecommendationIdea(
        Guid id, Guid ideaId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : (await recommendations.RemoveSourceAsync(id, ideaId, null, ct)).ToHttp(text);

    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> RemoveRecommendationContribution(
        Guid id, Guid contributionId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : (await recommendations.RemoveSourceAsync(id, null, contributionId, ct)).ToHttp(text);

    /// <summary>Agreeing, submitting and decision records are the organisers' (the administration's) part.</summary>
    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> MoveRecommendation(
        Guid id, StateInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Organiser, ct, "Recommendation") is { } denied)
        {
            return denied;
        }
        var current = await db.Recommendations.Where(r => r.Id == id).Select(r => r.State).FirstAsync(ct);
        if (input.State >= current && StateNeeds.Missing(input, text) is { Count: > 0 } missing)
        {
            return Validation.Problem(missing, text);
        }
        return (await recommendations.MoveAsync(id, input, user, ct)).ToHttp(text);
    }

    public static async Task<Results<Ok<List<StateChangeResponse>>, ProblemHttpResult>> RecommendationHistory(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied)
        {
            return denied;
        }
        var changes = await db.RecommendationStateChanges.AsNoTracking().Where(c => c.RecommendationId == id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.State, c.On, c.Committee, c.DecisionReference, c.DecisionResult, c.SectionId, c.Comment, c.AccountId,
                AccountName = db.Users.Where(u => u.Id == c.AccountId).Select(u => u.DisplayName).FirstOrDefault(), c.CreatedAt,
            })
            .ToListAsync(ct);
        return TypedResults.Ok(changes.Select(c => new StateChangeResponse(
            c.Id, c.State, c.On, c.Committee, c.DecisionReference, c.DecisionResult, c.SectionId, c.Comment, c.AccountId, c.AccountName,
            new DateTimeOffset(DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc)))).ToList());
    }
}
