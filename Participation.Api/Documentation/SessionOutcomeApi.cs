using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Documentation;

/// <summary>What the facilitator adds after a session: a summary, key results, next steps.</summary>
public sealed record SessionOutcomeInput(string? Summary = null, string? KeyResults = null, string? NextSteps = null);

public sealed record SessionOutcomeResponse(Guid SessionId, string? Summary, string? KeyResults, string? NextSteps);

/// <summary>How an idea counts for the documentation: a result, or a candidate for a guideline or recommendation.</summary>
public sealed record IdeaMarkInput(IdeaMark Mark);

public static class SessionOutcomeApi
{
    public static void MapSessionOutcomes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Documentation").RequireAuthorization().WithStandardProblems();
        group.MapGet("/sessions/{id:guid}/outcome", GetSessionOutcome).WithName(nameof(GetSessionOutcome));
        group.MapPut("/sessions/{id:guid}/outcome", PutSessionOutcome).WithName(nameof(PutSessionOutcome)).WithValidation<SessionOutcomeInput>()
            .WithSummary("The facilitator's summary, key results and agreed next steps of a session.");
        group.MapPut("/ideas/{id:guid}/mark", MarkIdea).WithName(nameof(MarkIdea)).WithValidation<IdeaMarkInput>()
            .WithSummary("Marks an idea as a result, or as a candidate for a guideline (Leitlinie) or recommendation; none takes the mark away.");
    }

    public static async Task<Results<Ok<SessionOutcomeResponse>, ProblemHttpResult>> GetSessionOutcome(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var processId = session is null ? null : await db.Events.Where(e => e.Id == session.EventId).Select(e => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
        return await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Session") is { } denied
            ? denied
            : TypedResults.Ok(new SessionOutcomeResponse(id, session!.Summary, session.KeyResults, session.NextSteps));
    }

    public static async Task<Results<Ok<SessionOutcomeResponse>, ValidationProblem, ProblemHttpResult>> PutSessionOutcome(
        Guid id, SessionOutcomeInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        var processId = session is null ? null : await db.Events.Where(e => e.Id == session.EventId).Select(e => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Session") is { } denied)
        {
            return denied;
        }
        session!.Summary = input.Summary.NullIfBlank();
        session.KeyResults = input.KeyResults.NullIfBlank();
        session.NextSteps = input.NextSteps.NullIfBlank();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new SessionOutcomeResponse(id, session.Summary, session.KeyResults, session.NextSteps));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MarkIdea(
        Guid id, IdeaMarkInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await (from idea in db.Ideas
                               join board in db.Boards on idea.BoardId equals board.Id
                               join session in db.Sessions on board.SessionId equals session.Id
                               join @event in db.Events on session.EventId equals @event.Id
                               where idea.Id == id
                               select (Guid?)@event.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Idea") is { } denied)
        {
            return denied;
        }
        await db.Ideas.Where(i => i.Id == id).ExecuteUpdateAsync(i => i.SetProperty(x => x.Mark, input.Mark), ct);
        return TypedResults.NoContent();
    }
}

public sealed class SessionOutcomeInputValidator : AbstractValidator<SessionOutcomeInput>
{
    public SessionOutcomeInputValidator(IOptions<LimitsOptions> limits)
    {
        RuleFor(o => o.Summary).MaximumLength(limits.Value.DescriptionMaxLength);
        RuleFor(o => o.KeyResults).MaximumLength(limits.Value.DescriptionMaxLength);
        RuleFor(o => o.NextSteps).MaximumLength(limits.Value.DescriptionMaxLength);
    }
}

public sealed class IdeaMarkInputValidator : AbstractValidator<IdeaMarkInput>
{
    public IdeaMarkInputValidator() => RuleFor(m => m.Mark).IsInEnum();
}
