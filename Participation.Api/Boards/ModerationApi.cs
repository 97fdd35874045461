using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;

namespace Participation.Api.Boards;

/// <summary>The facilitator's moderation over REST; the same actions as the hub methods.</summary>
public static class ModerationApi
{
    public static void MapModeration(this IEndpointRouteBuilder routes)
    {
        var board = routes.MapGroup("/api/boards/{boardId:guid}").WithTags("Moderation").RequireAuthorization().WithStandardProblems();
        board.MapPost("/ideas/{ideaId:guid}/hide", Hide).WithName("HideIdeaRest");
        board.MapPost("/ideas/{ideaId:guid}/show", Show).WithName("ShowIdeaRest");
        board.MapPost("/ideas/{ideaId:guid}/pin", Pin).WithName("PinIdeaRest");
        board.MapPost("/ideas/{ideaId:guid}/move", Move).WithName("MoveIdeaRest");
        board.MapPost("/ideas/{ideaId:guid}/cluster", Cluster).WithName("SetIdeaClusterRest");
        board.MapPost("/merge", Merge).WithName("MergeIdeasRest");
        board.MapPost("/clusters", CreateCluster).WithName("CreateClusterRest");
        board.MapPut("/clusters/{clusterId:guid}", RenameCluster).WithName("RenameClusterRest");
        board.MapDelete("/clusters/{clusterId:guid}", DeleteCluster).WithName("DeleteClusterRest");
        board.MapPost("/reveal", Reveal).WithName("RevealIdeasRest").WithSummary("Shows every idea of a silent brainstorm to everyone.");
        board.MapPut("/phase", Phase).WithName("SetPhaseRest").WithSummary("collect, vote or closed (closed boards are read-only).");
        board.MapPut("/timer", Timer).WithName("SetTimerRest").WithSummary("Starts a countdown every screen shows; 0 seconds stops it.");
        board.MapPut("/results", Publish).WithName("PublishResultsRest");
    }

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Hide(
        Guid boardId, Guid ideaId, HideInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.HideIdeaAsync(user, boardId, ideaId, input.Reason, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Show(
        Guid boardId, Guid ideaId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.ShowIdeaAsync(user, boardId, ideaId, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Pin(
        Guid boardId, Guid ideaId, PinInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.PinIdeaAsync(user, boardId, ideaId, input.Pinned, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Move(
        Guid boardId, Guid ideaId, MoveInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.MoveIdeaAsync(user, boardId, ideaId, input.ColumnId, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Cluster(
        Guid boardId, Guid ideaId, IdeaClusterInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SetIdeaClusterAsync(user, boardId, ideaId, input.ClusterId, ct)).ToHttp(text);

    public static async Task<Results<Ok<IdeaDto>, ValidationProblem, ProblemHttpResult>> Merge(
        Guid boardId, MergeInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.MergeIdeasAsync(user, boardId, input, ct)).ToHttp(text);

    public static async Task<Results<Ok<ClusterDto>, ValidationProblem, ProblemHttpResult>> CreateCluster(
        Guid boardId, ClusterInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SaveClusterAsync(user, boardId, null, input.Name, ct)).ToHttp(text);

    public static async Task<Results<Ok<ClusterDto>, ValidationProblem, ProblemHttpResult>> RenameCluster(
        Guid boardId, Guid clusterId, ClusterInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SaveClusterAsync(user, boardId, clusterId, input.Name, ct)).ToHttp(text);

    public static async Task<Results<Ok<ClusterDto>, ValidationProblem, ProblemHttpResult>> DeleteCluster(
        Guid boardId, Guid clusterId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.DeleteClusterAsync(user, boardId, clusterId, ct)).ToHttp(text);

    public static async Task<Results<Ok<int>, ValidationProblem, ProblemHttpResult>> Reveal(
        Guid boardId, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.RevealIdeasAsync(user, boardId, ct)).ToHttp(text);

    public static async Task<Results<Ok<BoardPhase>, ValidationProblem, ProblemHttpResult>> Phase(
        Guid boardId, PhaseInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SetPhaseAsync(user, boardId, input.Phase, ct)).ToHttp(text);

    public static async Task<Results<Ok<DateTimeOffset?>, ValidationProblem, ProblemHttpResult>> Timer(
        Guid boardId, TimerInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.SetTimerAsync(user, boardId, input.Seconds, ct)).ToHttp(text);

    public static async Task<Results<Ok<bool>, ValidationProblem, ProblemHttpResult>> Publish(
        Guid boardId, PublishInput input, ClaimsPrincipal user, BoardService boards, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await boards.PublishResultsAsync(user, boardId, input.Published, ct)).ToHttp(text);
}
