using Participation.Api.Extensions;
using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Telemetry;

namespace Participation.Api.Boards;

/// <summary>
/// The one writer per board. Each action runs alone for its board (a gate in
/// this process, and a row lock on the board in PostgreSQL for other
/// instances), appends its log entries with the next sequence numbers in the
/// same transaction as the change, commits, and only then hands the entries to
/// the <see cref="BoardBroadcaster"/>, in sequence order.
/// </summary>
public sealed class BoardWriter(BoardBroadcaster broadcaster, BoardSnapshots snapshots, ParticipationMetrics metrics, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    public async Task<Outcome<T>> ChangeAsync<T>(
        ParticipationDb db, Guid boardId, Func<Board, BoardChanges, Task<Outcome<T>>> change, Refusal notFound, CancellationToken ct)
    {
        var gate = gates.GetOrAdd(boardId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var changes = new BoardChanges();
            Outcome<T> result;
            // PostgreSQL: the row lock orders writers; SQLite: an immediate transaction does.
            var isolation = db.Database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable;
            await using (var transaction = await db.Database.BeginTransactionAsync(isolation, ct))
            {
                if (db.Database.IsNpgsql())
                {
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Boards\" WHERE \"Id\" = {boardId} FOR UPDATE", ct);
                }
                var board = await db.Boards.Include(b => b.Columns).Include(b => b.Areas).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == boardId, ct);
                if (board is null)
                {
                    return notFound;
                }
                result = await change(board, changes);
                if (result.Refusal is not null || changes.Events.Count == 0)
                {
                    db.ChangeTracker.Clear();
                    return result;
                }
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var pending in changes.Events)
                {
                    pending.Seq = ++board.LastSeq;
                    db.BoardEvents.Add(new BoardEvent
                    {
                        BoardId = boardId,
                        Seq = pending.Seq,
                        Type = pending.Type,
                        Data = BoardJson.Write(pending.Data),
                        PublicData = pending.PublicData is null ? null : BoardJson.Write(pending.PublicData),
                        CreatedAt = now,
                    });
                }
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(CancellationToken.None);
            }
            snapshots.Forget(boardId);
            broadcaster.Enqueue(boardId, changes.Events);
            metrics.BoardChanged(boardId, changes.Events);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }
}
