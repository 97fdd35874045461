using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Security;

namespace Participation.Api.Concept;

/// <summary>Readers contribute and support without an account; organisers review, hide with a reason, and answer.</summary>
public static class ContributionsApi
{
    public static void MapContributions(this IEndpointRouteBuilder routes)
    {
        var readers = routes.MapGroup("/api").WithTags("Concept (readers)").AllowAnonymous().WithStandardProblems();
        readers.MapGet("/k/{code}", GetPublicSection).WithName(nameof(GetPublicSection))
            .WithSummary("What a reader sees after scanning: the section, the workshop ideas that fed it, published contributions.");
        readers.MapPost("/k/{code}/contributions", Contribute).WithName(nameof(Contribute)).WithValidation<ContributionInput>().RequireRateLimiting(RateLimits.Contributions)
            .WithSummary("A reader's comment or proposed addition; 202 when it waits for review, 201 when it is published at once.");
        readers.MapPost("/contributions/{id:guid}/supports", Support).WithName(nameof(Support)).RequireRateLimiting(RateLimits.Contributions)
            .WithSummary("Supports a published contribution, once per device (a cookie).");

        var moderation = routes.MapGroup("/api").WithTags("Concept").RequireAuthorization().WithStandardProblems();
        moderation.MapGet("/documents/{id:guid}/contributions", ListContributions).WithName(nameof(ListContributions))
            .WithSummary("All contributions of a document, the waiting ones first; ?state= narrows it down.");
        moderation.MapPost("/contributions/{id:guid}/publish", PublishContribution).WithName(nameof(PublishContribution));
        moderation.MapPost("/contributions/{id:guid}/hide", HideContribution).WithName(nameof(HideContribution)).WithValidation<HideInput>();
        moderation.MapPost("/contributions/{id:guid}/answer", AnswerContribution).WithName(nameof(AnswerContribution)).WithValidation<AnswerInput>()
            .WithSummary("The organisers' public answer, shown under the contribution.");
    }

    public static async Task<Results<Ok<PublicSectionResponse>, ProblemHttpResult>> GetPublicSection(
        string code, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await concept.PublicSectionAsync(code, ct) is { } section ? TypedResults.Ok(section) : Problems.NotFound(text, "Section");

    public static async Task<Results<Created<ContributionResponse>, Accepted<ContributionResponse>, ValidationProblem, ProblemHttpResult>> Contribute(
        string code, ContributionInput input, HttpContext http, ConceptService concept, TokenGenerator tokens, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var outcome = await concept.ContributeAsync(code, input, DeviceIds.HashOf(http, tokens), ct);
        if (outcome.Refusal is { } refusal)
        {
            return refusal is { Kind: RefusalKind.Invalid, Field: { } field } ? Validation.Problem(field, refusal.Message, text) : refusal.ToProblem();
        }
        var response = outcome.Value!.ToResponse();
        return response.State == ContributionState.Published
            ? TypedResults.Created($"/k/{code}#c-{response.Id}", response)
            : TypedResults.Accepted((string?)null, response);
    }

    public static async Task<Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>> Support(
        Guid id, HttpContext http, ConceptService concept, TokenGenerator tokens, IStringLocalizer<Messages> text, CancellationToken ct) =>
        Answer(await concept.SupportAsync(id, DeviceIds.HashOf(http, tokens), ct), text);

    public static async Task<Results<Ok<List<ContributionResponse>>, ValidationProblem, ProblemHttpResult>> ListContributions(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct, string? state = null)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var query = db.Contributions.AsNoTracking().Where(c => db.ConceptSections.Any(s => s.Id == c.SectionId && s.DocumentId == id));
        if (state is not null)
        {
            if (!Enum.TryParse<ContributionState>(state, ignoreCase: true, out var wanted) || int.TryParse(state, out _))
            {
                return Validation.Problem("state", text["ValueUnreadable"], text);
            }
            query = query.Where(c => c.State == wanted);
        }
        var found = await query.ToListAsync(ct);
        return TypedResults.Ok(found.OrderBy(c => c.State != ContributionState.Pending).ThenByDescending(c => c.CreatedAt).Select(c => c.ToResponse()).ToList());
    }

    public static Task<Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>> PublishContribution(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        ModerateAsync(id, user, db, access, concept, text, (c, _) =>
        {
            c.State = ContributionState.Published;
            c.HiddenReason = null;
        }, ct);

    public static Task<Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>> HideContribution(
        Guid id, HideInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        ModerateAsync(id, user, db, access, concept, text, (c, _) =>
        {
            c.State = ContributionState.Hidden;
            c.HiddenReason = input.Reason.Trim();
        }, ct);

    public static Task<Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>> AnswerContribution(
        Guid id, AnswerInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text, CancellationToken ct) =>
        ModerateAsync(id, user, db, access, concept, text, (c, now) =>
        {
            c.Answer = input.Answer.Trim();
            c.AnsweredAt = now;
        }, ct);

    private static async Task<Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>> ModerateAsync(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, IStringLocalizer<Messages> text,
        Action<Contribution, DateTime> change, CancellationToken ct) =>
        await access.DenyContributionAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied
            ? denied
            : Answer(await concept.ModerateAsync(id, change, ct), text);

    private static Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult> Answer(Outcome<Contribution> outcome, IStringLocalizer<Messages> text) =>
        outcome.Select(c => c.ToResponse()).ToHttp(text);
}
