using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Participation.Api.Data;

namespace Participation.Api.Boards;

/// <summary>
/// The full state of a board, built once per sequence number and shared: when
/// a hall of phones reconnects at once, the board is read from the database
/// once, not a thousand times.
/// </summary>
public sealed class BoardSnapshots
{
    private readonly ConcurrentDictionary<Guid, FullState> states = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> builders = new();

    /// <summary>Everything, as facilitators see it, with each idea's revealed flag for the public view.</summary>
    public sealed record FullState(BoardSnapshot Snapshot, IReadOnlyDictionary<Guid, bool> Revealed, Board Board);

    public void Forget(Guid boardId) => states.TryRemove(boardId, out _);

    public async Task<FullState?> GetAsync(ParticipationDb db, Guid boardId, CancellationToken ct)
    {
        var seq = await db.Boards.Where(b => b.Id == boardId).Select(b => (long?)b.LastSeq).FirstOrDefaultAsync(ct);
        if (seq is null)
        {
            return null;
        }
        if (states.TryGetValue(boardId, out var cached) && cached.Snapshot.Seq == seq)
        {
            return cached;
        }
        var builder = builders.GetOrAdd(boardId, _ => new SemaphoreSlim(1, 1));
        await builder.WaitAsync(ct);
        try
        {
            if (states.TryGetValue(boardId, out cached) && cached.Snapshot.Seq >= seq)
            {
                return cached;
            }
            var built = await BuildAsync(db, boardId, ct);
            if (built is not null)
            {
                states[boardId] = built;
            }
            return built;
        }
        finally
        {
            builder.Release();
        }
    }

    /// <summary>The public view: what participants and the wall may see of the full state.</summary>
    public static BoardSnapshot ForPublic(FullState state) => state.Snapshot with
    {
        Ideas = state.Snapshot.Ideas
            .Where(i => !i.IsGone())
            .Select(i => i.ForPublic(state.Revealed[i.Id]))
            .ToList(),
    };

    private static async Task<IDbContextTransaction> BeginReadAsync(ParticipationDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        }
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), ct)
            ?? throw new InvalidOperationException("SQLite did not start a read transaction.");
    }

    private async Task<FullState?> BuildAsync(ParticipationDb db, Guid boardId, CancellationToken ct)
    {
        // One consistent read: the ideas belong to exactly the sequence number read with them.
        // SQLite: a deferred transaction reads a WAL snapshot without taking the write lock.
        await using var transaction = await BeginReadAsync(db, ct);
        var board = await db.Boards.AsNoTracking().Include(b => b.Columns).Include(b => b.Areas).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return null;
        }
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.BoardId == boardId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().Where(c => c.BoardId == boardId).OrderBy(c => c.CreatedAt)
            .Select(c => new ClusterDto(c.Id, c.Name)).ToListAsync(ct);
        var areaIds = board.Areas.Select(a => a.AreaId).ToList();
        var areaNames = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        await transaction.CommitAsync(ct);

        var snapshot = new BoardSnapshot(
            // The join address depends on the request when no public address is configured; it is added per answer.
            board.ToDto(areaNames, joinUrl: ""),
            ideas.Select(i => i.ToDto(board.NamedPosting)).ToList(),
            clusters,
            board.LastSeq);
        return new FullState(snapshot, ideas.ToDictionary(i => i.Id, i => i.Revealed), board);
    }
}
