using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Recommendations;

/// <summary>From an idea to where it went, and from a recommendation, section or measure back to what it came from.</summary>
public static class TraceApi
{
    public static void MapTraces(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Traceability").RequireAuthorization().WithStandardProblems();
        group.MapGet("/ideas/{id:guid}/trace", TraceIdea).WithName(nameof(TraceIdea))
            .WithSummary("The idea, its merges both ways, the recommendations made from it or from ideas merged with it, their sections and measures.");
        group.MapGet("/recommendations/{id:guid}/origins", RecommendationOrigins).WithName(nameof(RecommendationOrigins));
        group.MapGet("/sections/{id:guid}/origins", SectionOrigins).WithName(nameof(SectionOrigins));
        group.MapGet("/measures/{id:guid}/origins", MeasureOrigins).WithName(nameof(MeasureOrigins));
    }

    public static async Task<Results<Ok<IdeaTraceResponse>, ProblemHttpResult>> TraceIdea(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TraceService trace, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfIdeaAsync(id, ct), ProcessRole.Facilitator, ct, "Idea") is { } denied
            ? denied
            : TypedResults.Ok((await trace.TraceIdeaAsync(id, ct))!);

    public static async Task<Results<Ok<OriginsResponse>, ProblemHttpResult>> RecommendationOrigins(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TraceService trace, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfRecommendationAsync(id, ct), ProcessRole.Facilitator, ct, "Recommendation") is { } denied
            ? denied
            : TypedResults.Ok(await trace.OriginsOfRecommendationAsync(id, ct));

    public static async Task<Results<Ok<OriginsResponse>, ProblemHttpResult>> SectionOrigins(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TraceService trace, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfSectionAsync(id, ct), ProcessRole.Facilitator, ct, "Section") is { } denied
            ? denied
            : TypedResults.Ok(await trace.OriginsOfSectionAsync(id, ct));

    /// <summary>Its not-found text is this feature's own, so it does not collide with the measures feature's.</summary>
    public static async Task<Results<Ok<OriginsResponse>, ProblemHttpResult>> MeasureOrigins(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TraceService trace, CancellationToken ct) =>
        await access.DenyAsync(user, await db.ProcessOfMeasureAsync(id, ct), ProcessRole.Facilitator, ct, "TracedMeasure") is { } denied
            ? denied
            : TypedResults.Ok(await trace.OriginsOfMeasureAsync(id, ct));
}
