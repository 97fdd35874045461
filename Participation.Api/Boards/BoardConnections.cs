using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Participation.Api.Boards;

/// <summary>
/// The hub connections of this instance and the boards each has entered: counted for the metrics, and
/// closed when the instance shuts down, so their clients reconnect to another instance at once instead
/// of waiting for the shutdown timeout.
/// </summary>
public sealed class BoardConnections
{
    private readonly ConcurrentDictionary<string, Connection> connections = new();

    private sealed record Connection(HubCallerContext Context, ConcurrentDictionary<Guid, byte> Boards);

    private volatile bool closing;

    public void Connected(HubCallerContext context)
    {
        connections[context.ConnectionId] = new Connection(context, new ConcurrentDictionary<Guid, byte>());
        if (closing)
        {
            Drop(context);
        }
    }

    public void Entered(string connectionId, Guid boardId)
    {
        if (connections.TryGetValue(connectionId, out var connection))
        {
            connection.Boards[boardId] = 0;
        }
    }

    public void Left(string connectionId, Guid boardId)
    {
        if (connections.TryGetValue(connectionId, out var connection))
        {
            connection.Boards.TryRemove(boardId, out _);
        }
    }

    public void Disconnected(string connectionId) => connections.TryRemove(connectionId, out _);

    /// <summary>How many connections of this instance are on each board.</summary>
    public IEnumerable<(Guid BoardId, int Count)> PerBoard() =>
        connections.Values.SelectMany(c => c.Boards.Keys).CountBy(id => id).Select(pair => (pair.Key, pair.Value));

    /// <summary>Drops every connection, and every one that arrives from now on: to a client, an interrupted network.</summary>
    public int CloseAll()
    {
        closing = true;
        var closed = 0;
        foreach (var connection in connections.Values)
        {
            Drop(connection.Context);
            closed++;
        }
        return closed;
    }

    /// <summary>
    /// Ends the transport under the connection, not the hub connection: a hub's own close message says
    /// "do not reconnect", and through a proxy it tends to arrive before the socket goes. A dropped
    /// socket is what a client's automatic reconnect is made for.
    /// </summary>
    private static void Drop(HubCallerContext context)
    {
        if (context.GetHttpContext() is { } http)
        {
            http.Abort();
        }
        else
        {
            context.Abort();
        }
    }
}
