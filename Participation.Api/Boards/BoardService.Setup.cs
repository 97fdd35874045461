using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Boards;

/// <summary>Setting boards up: creating them for a session and changing their settings.</summary>
public sealed partial class BoardService
{
    public async Task<Outcome<BoardDto>> CreateBoardAsync(ClaimsPrincipal user, Guid sessionId, BoardInput input, CancellationToken ct)
    {
        if (await SessionModeratorAsync(user, sessionId, ct) is { } refused)
        {
            return refused;
        }
        var processId = await ProcessOfSessionAsync(sessionId, ct);
        if (await CheckAreasAsync(processId!.Value, input.AreaIds, ct) is { } badAreas)
        {
            return badAreas;
        }
        // A new board has no columns yet: an id can only be another board's.
        if (input.Columns.Any(c => c.Id is not null))
        {
            return Invalid("columns", "Board.UnknownColumn");
        }
        var board = new Board
        {
            SessionId = sessionId,
            Title = input.Title.Trim(),
            JoinCode = await NewJoinCodeAsync(ct),
            CreatedAt = Now,
        };
        Apply(board, input);
        db.Boards.Add(board);
        await db.SaveChangesAsync(ct);
        return board.ToDto(await AreaNamesAsync(board, ct), links.JoinUrl(board.JoinCode));
    }

    public Task<Outcome<BoardDto>> UpdateBoardAsync(ClaimsPrincipal user, Guid boardId, BoardInput input, CancellationToken ct) =>
        ActAsync<BoardDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var processId = await ProcessOfSessionAsync(board.SessionId, ct);
            if (await CheckAreasAsync(processId!.Value, input.AreaIds, ct) is { } badAreas)
            {
                return badAreas;
            }
            var kept = input.Columns.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
            if (kept.Any(id => board.Columns.All(c => c.Id != id)))
            {
                return Invalid("columns", "Board.UnknownColumn");
            }
            var dropped = board.Columns.Where(c => !kept.Contains(c.Id)).Select(c => c.Id).ToList();
            if (dropped.Count > 0 && await db.Ideas.AnyAsync(i => dropped.Contains(i.ColumnId), ct))
            {
                return Conflict("Board.ColumnHasIdeas");
            }
            var before = board.Columns.Select(c => c.Id).ToHashSet();
            board.Title = input.Title.Trim();
            Apply(board, input);
            // A new column carries its id already; found through the board, EF would take it for an existing row.
            db.BoardColumns.AddRange(board.Columns.Where(c => !before.Contains(c.Id)));
            var dto = board.ToDto(await AreaNamesAsync(board, ct), links.JoinUrl(board.JoinCode));
            changes.Record("boardChanged", dto);
            return dto;
        }, ct);

    public async Task<Outcome<List<BoardDto>>> ListBoardsAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        if (await SessionModeratorAsync(user, sessionId, ct) is { } refused)
        {
            return refused;
        }
        var boards = await db.Boards.AsNoTracking().Include(b => b.Columns).Include(b => b.Areas).AsSplitQuery()
            .Where(b => b.SessionId == sessionId).OrderBy(b => b.CreatedAt).ToListAsync(ct);
        var result = new List<BoardDto>();
        foreach (var board in boards)
        {
            result.Add(board.ToDto(await AreaNamesAsync(board, ct), links.JoinUrl(board.JoinCode)));
        }
        return result;
    }

    private async Task<Guid?> ProcessOfSessionAsync(Guid sessionId, CancellationToken ct) =>
        await db.Sessions.Where(s => s.Id == sessionId).Join(db.Events, s => s.EventId, e => e.Id, (s, e) => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);

    private async Task<Refusal?> CheckAreasAsync(Guid processId, IReadOnlyList<Guid>? areaIds, CancellationToken ct)
    {
        var wanted = (areaIds ?? []).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return null;
        }
        var known = await db.Areas.CountAsync(a => a.ProcessId == processId && wanted.Contains(a.Id), ct);
        return known == wanted.Count ? null : new Refusal(RefusalKind.Invalid, text["AreaNotInProcess"], "areaIds");
    }

    private async Task<Dictionary<Guid, string>> AreaNamesAsync(Board board, CancellationToken ct)
    {
        var ids = board.Areas.Select(a => a.AreaId).ToList();
        return await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }

    private async Task<string> NewJoinCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = ShortCodes.New(Limits.JoinCodeLength);
            if (!await db.Boards.AnyAsync(b => b.JoinCode == code, ct))
            {
                return code;
            }
        }
    }

    private static void Apply(Board board, BoardInput input)
    {
        board.VoteBudget = input.VoteBudget;
        board.MaxVotesPerIdea = input.MaxVotesPerIdea;
        board.NamedPosting = input.NamedPosting;
        board.SilentBrainstorm = input.SilentBrainstorm;
        var position = 0;
        var columns = new List<BoardColumn>();
        foreach (var column in input.Columns)
        {
            var existing = column.Id is { } id ? board.Columns.First(c => c.Id == id) : new BoardColumn { BoardId = board.Id, Title = "" };
            existing.Title = column.Title.Trim();
            existing.Position = position++;
            columns.Add(existing);
        }
        board.Columns.RemoveAll(c => !columns.Contains(c));
        foreach (var column in columns.Where(c => !board.Columns.Contains(c)))
        {
            board.Columns.Add(column);
        }
        var areas = (input.AreaIds ?? []).Distinct().ToHashSet();
        board.Areas.RemoveAll(a => !areas.Contains(a.AreaId));
        foreach (var areaId in areas.Where(id => board.Areas.All(a => a.AreaId != id)))
        {
            board.Areas.Add(new BoardArea { BoardId = board.Id, AreaId = areaId });
        }
    }
}
