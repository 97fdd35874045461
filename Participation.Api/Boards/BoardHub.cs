using Participation.Api.Extensions;
using Participation.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Boards;

/// <summary>
/// The one live path of every client: phones, the wall, the facilitator
/// console, the tests and the load tool. A refused call throws a
/// <see cref="HubException"/> whose message a person can read.
/// </summary>
[Authorize]
public sealed class BoardHub(BoardService boards, BoardConnections connections, HubPostingLimiter postingLimiter, IStringLocalizer<Messages> text) : Hub
{
    public override Task OnConnectedAsync()
    {
        connections.Connected(Context);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Disconnected(Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>Joins the board's live messages and returns what the client missed after <paramref name="afterSeq"/>.</summary>
    public async Task<JoinBoardResult> JoinBoard(Guid boardId, long afterSeq) =>
        await EnterAsync(boardId, afterSeq, asWall: false);

    /// <summary>The projector: the public view of the board (what participants see), for facilitators.</summary>
    public async Task<JoinBoardResult> WatchBoard(Guid boardId, long afterSeq) =>
        await EnterAsync(boardId, afterSeq, asWall: true);

    public async Task LeaveBoard(Guid boardId)
    {
        connections.Left(Context.ConnectionId, boardId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardGroups.Public(boardId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardGroups.Facilitators(boardId));
    }

    public async Task<IdeaDto> PostIdea(Guid boardId, PostIdeaInput idea)
    {
        using (var lease = postingLimiter.Acquire(User, Context.ConnectionId))
        {
            if (!lease.IsAcquired)
            {
                throw new HubException(text["Security.RetryAfter", RateLimits.Seconds(RateLimits.RetryAfterSeconds(lease))]);
            }
        }
        return Unwrap(await boards.PostIdeaAsync(User, boardId, idea, Aborted));
    }

    public async Task<IdeaDto> EditIdea(Guid boardId, Guid ideaId, EditIdeaInput change) => Unwrap(await boards.EditIdeaAsync(User, boardId, ideaId, change, Aborted));

    public async Task<IdeaDto> WithdrawIdea(Guid boardId, Guid ideaId) => Unwrap(await boards.WithdrawIdeaAsync(User, boardId, ideaId, Aborted));

    public async Task<VoteResult> Vote(Guid boardId, Guid ideaId, int delta) => Unwrap(await boards.VoteAsync(User, boardId, ideaId, delta, Aborted));

    public async Task<IdeaDto> HideIdea(Guid boardId, Guid ideaId, string reason) => Unwrap(await boards.HideIdeaAsync(User, boardId, ideaId, reason, Aborted));

    public async Task<IdeaDto> ShowIdea(Guid boardId, Guid ideaId) => Unwrap(await boards.ShowIdeaAsync(User, boardId, ideaId, Aborted));

    public async Task<IdeaDto> PinIdea(Guid boardId, Guid ideaId, bool pinned) => Unwrap(await boards.PinIdeaAsync(User, boardId, ideaId, pinned, Aborted));

    public async Task<IdeaDto> MoveIdea(Guid boardId, Guid ideaId, Guid columnId) => Unwrap(await boards.MoveIdeaAsync(User, boardId, ideaId, columnId, Aborted));

    public async Task<IdeaDto> MergeIdeas(Guid boardId, Guid targetId, Guid[] sourceIds) =>
        Unwrap(await boards.MergeIdeasAsync(User, boardId, new MergeInput(targetId, sourceIds), Aborted));

    public async Task<ClusterDto> SaveCluster(Guid boardId, Guid? clusterId, string name) => Unwrap(await boards.SaveClusterAsync(User, boardId, clusterId, name, Aborted));

    public async Task<ClusterDto> DeleteCluster(Guid boardId, Guid clusterId) => Unwrap(await boards.DeleteClusterAsync(User, boardId, clusterId, Aborted));

    public async Task<IdeaDto> SetIdeaCluster(Guid boardId, Guid ideaId, Guid? clusterId) => Unwrap(await boards.SetIdeaClusterAsync(User, boardId, ideaId, clusterId, Aborted));

    public async Task<int> RevealIdeas(Guid boardId) => Unwrap(await boards.RevealIdeasAsync(User, boardId, Aborted));

    public async Task<BoardPhase> SetPhase(Guid boardId, BoardPhase phase) => Unwrap(await boards.SetPhaseAsync(User, boardId, phase, Aborted));

    /// <summary>Starts a countdown of <paramref name="seconds"/>; 0 stops it.</summary>
    public async Task<DateTimeOffset?> SetTimer(Guid boardId, int seconds) => Unwrap(await boards.SetTimerAsync(User, boardId, seconds, Aborted));

    public async Task<bool> PublishResults(Guid boardId, bool published) => Unwrap(await boards.PublishResultsAsync(User, boardId, published, Aborted));

    private async Task<JoinBoardResult> EnterAsync(Guid boardId, long afterSeq, bool asWall)
    {
        // In the group first, then read: a change in between arrives twice at worst, never not at all;
        // clients drop what they already have by its sequence number.
        var caller = await boards.CallerAsync(User, boardId, Aborted);
        var group = caller is { IsModerator: true } && !asWall ? BoardGroups.Facilitators(boardId) : BoardGroups.Public(boardId);
        if (caller is not null)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Aborted);
        }
        var result = await boards.CatchUpAsync(caller, boardId, afterSeq, asWall, Aborted);
        if (result.Refusal is not null && caller is not null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
        else if (result.Refusal is null)
        {
            connections.Entered(Context.ConnectionId, boardId);
        }
        return Unwrap(result);
    }

    private System.Security.Claims.ClaimsPrincipal User => Context.User ?? new();

    private CancellationToken Aborted => Context.ConnectionAborted;

    private static T Unwrap<T>(Outcome<T> result) => result.Refusal is { } refusal ? throw new HubException(refusal.Message) : result.Value!;
}
