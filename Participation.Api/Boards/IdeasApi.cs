using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;
using Participation.Api.Security;

namespace Participation.Api.Boards;

/// <summary>The participant's actions over REST, for clients that cannot hold a WebSocket (a kiosk, a script).</summary>
public static class IdeasApi
{
    public static void MapIdeas(this IEndpointRouteBuilder routes)
    {
        var ideas = routes.MapGroup("/api/boards/{boardId:guid}").WithTags("Ideas").RequireAuthorization().WithStandardProblems();
        ideas.MapPost("/ideas", PostIdea).WithName(nameof(PostIdea)).RequireRateLimiting(RateLimits.Ideas)
            .WithSummary("Posts an idea. The same clientId again returns the same idea: retries never duplicate.");
        ideas.MapPut("/ideas/{ideaId:guid}", EditIdea).WithName(nameof(EditIdea));
        ideas.MapDelete("/ideas/{ideaId:guid}", WithdrawIdea).WithName(nameof(WithdrawIdea));
        ideas.MapPost("/ideas/{ideaId:guid}/votes", Vote).WithName(nameof(Vote)).WithSummary("Adds (delta 1) or takes back (delta -1) a dot.");
        ideas.MapPost("/cards", AddCards).WithName(nameof(AddCards))
            .WithSummary("Types in paper cards, one per line (moderators). The same batchId again adds nothing twice.");
    }

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> PostIdea(
        Guid boardId, PostIdeaInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.PostIdeaAsync(user, boardId, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> EditIdea(
        Guid boardId, Guid ideaId, EditIdeaInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.EditIdeaAsync(user, boardId, ideaId, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> WithdrawIdea(
        Guid boardId, Guid ideaId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.WithdrawIdeaAsync(user, boardId, ideaId, ct)).ToHttp(text);

    public static async Task<Results<Ok<VoteResult>, ValidationProblem, ProblemHttpResult>> Vote(
        Guid boardId, Guid ideaId, VoteInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.VoteAsync(user, boardId, ideaId, input.Delta, ct)).ToHttp(text);

    public static async Task<Results<Ok<IReadOnlyList<IdeaDto>>, ValidationProblem, ProblemHttpResult>> AddCards(
        Guid boardId, CardsInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.AddCardsAsync(user, boardId, input, ct)).ToHttp(text);
}
