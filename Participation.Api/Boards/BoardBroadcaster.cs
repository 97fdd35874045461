using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace Participation.Api.Boards;

/// <summary>
/// Sends each board's committed log entries to its groups, in sequence order, from one
/// queue per board. The writer hands entries over and moves on, so a phone that reads
/// slowly holds up its board's deliveries at most, never the next change.
/// </summary>
public sealed class BoardBroadcaster(IHubContext<BoardHub> hub, ILogger<BoardBroadcaster> log)
{
    private readonly ConcurrentDictionary<Guid, Channel<BoardChanges.PendingEvent>> queues = new();

    /// <summary>Called by the writer while it still holds the board, so the queue's order is the log's order.</summary>
    internal void Enqueue(Guid boardId, IEnumerable<BoardChanges.PendingEvent> committed)
    {
        var queue = queues.GetOrAdd(boardId, Start);
        foreach (var pending in committed)
        {
            queue.Writer.TryWrite(pending);
        }
    }

    private Channel<BoardChanges.PendingEvent> Start(Guid boardId)
    {
        var queue = Channel.CreateUnbounded<BoardChanges.PendingEvent>(new UnboundedChannelOptions { SingleReader = true });
        _ = Task.Run(async () =>
        {
            await foreach (var pending in queue.Reader.ReadAllAsync())
            {
                await SendAsync(boardId, pending);
            }
        });
        return queue;
    }

    private async Task SendAsync(Guid boardId, BoardChanges.PendingEvent pending)
    {
        var message = new BoardEventMessage(boardId, pending.Seq, pending.Type, pending.Data);
        try
        {
            if (pending.PublicData is null)
            {
                await hub.Clients.Groups(BoardGroups.Public(boardId), BoardGroups.Facilitators(boardId)).SendAsync("BoardEvent", message);
            }
            else
            {
                await hub.Clients.Group(BoardGroups.Facilitators(boardId)).SendAsync("BoardEvent", message);
                await hub.Clients.Group(BoardGroups.Public(boardId)).SendAsync("BoardEvent", message with { Data = pending.PublicData });
            }
        }
        catch (Exception problem)
        {
            // The change is committed; a client that misses this message sees the gap in the
            // sequence numbers and fetches it from the log. The queue must go on with the next one.
            log.LogWarning(problem, "Broadcasting event {Seq} of board {BoardId} failed; clients will catch up from the log.", pending.Seq, boardId);
        }
    }
}
