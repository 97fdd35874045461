using Participation.Api.Extensions;
using System.Security.Claims;

namespace Participation.Api.Boards;

public sealed partial class BoardService
{
    /// <summary>The result view: open to anyone once published, to those who run the board before that.</summary>
    public async Task<Outcome<BoardResults>> ResultsAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct)
    {
        var state = await snapshots.GetAsync(db, boardId, ct);
        if (state is null)
        {
            return NotFound();
        }
        if (!state.Board.ResultsPublished && await CallerAsync(user, boardId, ct) is not { IsModerator: true })
        {
            return new Refusal(RefusalKind.Forbidden, text["Results.NotPublished"]);
        }
        var snapshot = BoardSnapshots.ForPublic(state);
        var columns = snapshot.Board.Columns
            .Select(c => new ResultColumn(c.Id, c.Title, snapshot.Ideas
                .Where(i => i.ColumnId == c.Id && !i.Concealed)
                .OrderByDescending(i => i.Votes).ThenByDescending(i => i.Pinned).ThenBy(i => i.CreatedAt)
                .ToList()))
            .ToList();
        return new BoardResults(boardId, snapshot.Board.Title, snapshot.Board.Phase, columns, snapshot.Clusters, snapshot.Board.Areas);
    }
}
