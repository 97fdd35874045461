using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Boards;

/// <summary>
/// Every action on a live board, for the hub and the REST API alike: who may
/// do it, whether the board's phase allows it, and the change with its log
/// entries through the <see cref="BoardWriter"/>.
/// </summary>
public sealed partial class BoardService(
    ParticipationDb db,
    BoardWriter writer,
    BoardSnapshots snapshots,
    ProcessAccess access,
    IOptions<BoardOptions> options,
    IStringLocalizer<Messages> text,
    BoardLinks links,
    TokenGenerator tokens,
    TimeProvider clock)
{
    private BoardOptions Limits => options.Value;

    /// <summary>The caller's part on this board, or null when they have none.</summary>
    public async Task<BoardCaller?> CallerAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct)
    {
        if (user.Get(BoardClaims.Participant) is { } participantId)
        {
            return user.Get(BoardClaims.Board) == boardId ? new BoardCaller(participantId, user.FindFirstValue(ClaimTypes.Name), false) : null;
        }
        var place = await db.Boards.Where(b => b.Id == boardId)
            .Join(db.Sessions, b => b.SessionId, s => s.Id, (b, s) => new { b.SessionId, s.EventId })
            .Join(db.Events, x => x.EventId, e => e.Id, (x, e) => new { x.SessionId, e.ProcessId })
            .FirstOrDefaultAsync(ct);
        if (place is null)
        {
            return null;
        }
        if (user.Get(BoardClaims.Host) is not null)
        {
            return user.Get(BoardClaims.Session) == place.SessionId && !user.HostExpired(Now)
                ? new BoardCaller(null, user.FindFirstValue(ClaimTypes.Name), true)
                : null;
        }
        return await access.CheckAsync(user, place.ProcessId, ProcessRole.Facilitator, ct) == Access.Granted
            ? new BoardCaller(null, user.FindFirstValue(ClaimTypes.Name), true)
            : null;
    }

    /// <summary>
    /// What a client needs to catch up: the log after <paramref name="afterSeq"/>, or a snapshot when it
    /// has nothing yet, is too far behind, or knows a future the log does not (a restored backup).
    /// </summary>
    public async Task<Outcome<JoinBoardResult>> CatchUpAsync(ClaimsPrincipal user, Guid boardId, long afterSeq, bool asWall, CancellationToken ct) =>
        await CatchUpAsync(await CallerAsync(user, boardId, ct), boardId, afterSeq, asWall, ct);

    /// <summary>The same, for a caller already looked up (the hub needs it first to pick the group).</summary>
    public async Task<Outcome<JoinBoardResult>> CatchUpAsync(BoardCaller? caller, Guid boardId, long afterSeq, bool asWall, CancellationToken ct)
    {
        if (caller is null)
        {
            return await BoardExistsAsync(boardId, ct) ? Forbidden() : NotFound();
        }
        if (asWall && !caller.IsModerator)
        {
            return ModeratorsOnly();
        }
        var board = await db.Boards.AsNoTracking().Where(b => b.Id == boardId)
            .Select(b => new BoardFacts(b.Id, b.LastSeq, b.VoteBudget, b.NamedPosting)).FirstOrDefaultAsync(ct);
        if (board is null)
        {
            return NotFound();
        }
        var fullView = caller.IsModerator && !asWall;
        // A client a few events behind gets just those, read straight from the log: a hall of phones
        // reconnecting while ideas keep coming does not rebuild the board for each of them.
        if (afterSeq > 0 && afterSeq <= board.LastSeq && board.LastSeq - afterSeq <= Limits.MaxReplayEvents)
        {
            var entries = await db.BoardEvents.AsNoTracking()
                .Where(e => e.BoardId == boardId && e.Seq > afterSeq)
                .OrderBy(e => e.Seq)
                .Take(Limits.MaxReplayEvents + 1)
                .ToListAsync(ct);
            var events = entries
                .Select(e => new BoardEventMessage(boardId, e.Seq, e.Type, BoardJson.Read(fullView ? e.Data : e.PublicData ?? e.Data)))
                .ToList();
            var seq = events.Count == 0 ? afterSeq : events[^1].Seq;
            return new JoinBoardResult(seq, null, events, await MeAsync(caller, board, asWall, ct));
        }
        var state = await snapshots.GetAsync(db, boardId, ct);
        if (state is null)
        {
            return NotFound();
        }
        var snapshot = WithJoinUrl(fullView ? state.Snapshot : BoardSnapshots.ForPublic(state));
        var facts = new BoardFacts(boardId, state.Snapshot.Seq, state.Board.VoteBudget, state.Board.NamedPosting);
        return new JoinBoardResult(snapshot.Seq, snapshot, [], await MeAsync(caller, facts, asWall, ct));
    }

    private BoardSnapshot WithJoinUrl(BoardSnapshot snapshot) =>
        snapshot with { Board = snapshot.Board with { JoinUrl = links.JoinUrl(snapshot.Board.JoinCode) } };

    /// <summary>What catching up needs to know of a board without reading all of it.</summary>
    private sealed record BoardFacts(Guid Id, long LastSeq, int VoteBudget, bool NamedPosting);

    /// <summary>The current board for the REST API, in the caller's view.</summary>
    public async Task<Outcome<BoardSnapshot>> SnapshotAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct) =>
        await SnapshotAsync(await CallerAsync(user, boardId, ct), boardId, ct);

    /// <summary>The full board for the pages that run it; refused to anyone who does not moderate it.</summary>
    public async Task<Outcome<BoardSnapshot>> ModeratorSnapshotAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct)
    {
        var caller = await CallerAsync(user, boardId, ct);
        return caller is { IsModerator: false } ? ModeratorsOnly() : await SnapshotAsync(caller, boardId, ct);
    }

    private async Task<Outcome<BoardSnapshot>> SnapshotAsync(BoardCaller? caller, Guid boardId, CancellationToken ct)
    {
        var result = await CatchUpAsync(caller, boardId, 0, asWall: false, ct);
        return result.Refusal is { } refusal ? refusal : result.Value!.Snapshot!;
    }

    private async Task<MeDto> MeAsync(BoardCaller caller, BoardFacts board, bool asWall, CancellationToken ct)
    {
        if (caller.ParticipantId is not { } participantId)
        {
            return new MeDto(asWall ? "wall" : caller.Role, null, caller.DisplayName, [], new Dictionary<Guid, int>(), 0);
        }
        var myVotes = await db.Votes.AsNoTracking().Where(v => v.BoardId == board.Id && v.ParticipantId == participantId && v.Dots > 0)
            .ToDictionaryAsync(v => v.IdeaId, v => v.Dots, ct);
        var myIdeas = await db.Ideas.AsNoTracking().Where(i => i.BoardId == board.Id && i.ParticipantId == participantId && !i.Withdrawn)
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        return new MeDto("participant", participantId, caller.DisplayName,
            myIdeas.Select(i => i.ToDto(board.NamedPosting) with { HiddenReason = null }).ToList(),
            myVotes, Math.Max(0, board.VoteBudget - myVotes.Values.Sum()));
    }

    private async Task<bool> BoardExistsAsync(Guid boardId, CancellationToken ct) => await db.Boards.AnyAsync(b => b.Id == boardId, ct);

    private Refusal NotFound() => new(RefusalKind.NotFound, text["Board.NotFound"]);
    private Refusal Forbidden() => new(RefusalKind.Forbidden, text["Board.Forbidden"]);
    private Refusal ModeratorsOnly() => new(RefusalKind.Forbidden, text["Board.ModeratorsOnly"]);
    private Refusal Invalid(string field, string key, params object[] arguments) => new(RefusalKind.Invalid, text[key, arguments], field);
    private Refusal Conflict(string key) => new(RefusalKind.Conflict, text[key]);
    private Refusal IdeaNotFound() => new(RefusalKind.NotFound, text["Idea.NotFound"]);

    /// <summary>Runs an action as the one writer of the board, once the caller's part on it is known.</summary>
    private async Task<Outcome<T>> ActAsync<T>(
        ClaimsPrincipal user, Guid boardId, bool moderatorsOnly,
        Func<Board, BoardCaller, BoardChanges, Task<Outcome<T>>> action, CancellationToken ct)
    {
        var caller = await CallerAsync(user, boardId, ct);
        if (caller is null)
        {
            return await BoardExistsAsync(boardId, ct) ? Forbidden() : NotFound();
        }
        if (moderatorsOnly && !caller.IsModerator)
        {
            return ModeratorsOnly();
        }
        return await writer.ChangeAsync(db, boardId, (board, changes) => action(board, caller, changes), NotFound(), ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
