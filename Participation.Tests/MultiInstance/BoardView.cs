using Microsoft.AspNetCore.SignalR.Client;
using Participation.Api.Boards;
using Participation.Tests.Boards;

namespace Participation.Tests.MultiInstance;

/// <summary>
/// What one person's board page shows, kept as <c>Participation.Web/Scripts/board-client.js</c> keeps it,
/// across connections and instances: live events are applied in sequence order; a gap, a reconnect or a
/// new connection makes it rejoin with the last sequence number it applied and take what the join returns.
/// Live messages from two instances can overtake each other; this is where a client puts them in order.
/// It rejoins at a gap at once, where board-client.js first waits a moment for the missing message: more
/// rejoins, the same board.
/// </summary>
public sealed class BoardView : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<long, BoardEventMessage> applied = [];
    private readonly List<Guid> snapshotIdeas = [];
    private readonly List<BoardEventMessage> buffered = [];
    private readonly List<long> snapshotSeqs = [];
    private readonly List<string> closes = [];
    private readonly bool restartWhenClosed;
    private readonly CancellationTokenSource disposed = new();
    private TaskCompletionSource changed = NewSignal();
    private Task? joining;
    private bool joinAgain;
    private string? joinedOn;
    private Exception? failure;
    private long seq;

    private BoardView(string name, Guid boardId, bool restartWhenClosed)
    {
        Name = name;
        BoardId = boardId;
        this.restartWhenClosed = restartWhenClosed;
    }

    public string Name { get; }

    public Guid BoardId { get; }

    /// <summary>The current connection; it records the live messages that arrived on it.</summary>
    public BoardClient Client { get; private set; } = null!;

    /// <summary>How often the connection came back by itself: an automatic reconnect, or a restart after it closed.</summary>
    public int Reconnects { get; private set; }

    /// <summary>The sequence number up to which this view has every event, without a gap.</summary>
    public long Seq
    {
        get
        {
            lock (gate)
            {
                return seq;
            }
        }
    }

    /// <summary>The sequence number of the last snapshot a join brought (0 for an empty board); the view has the events after it.</summary>
    public long SnapshotSeq
    {
        get
        {
            lock (gate)
            {
                return snapshotSeqs.LastOrDefault();
            }
        }
    }

    /// <summary>Every event the view applied since its last snapshot, by sequence number, whether it came live or from a join.</summary>
    public IReadOnlyList<(long Seq, string Type, Guid? IdeaId)> Timeline
    {
        get
        {
            lock (gate)
            {
                return applied.Values.Select(m => (m.Seq, m.Type, m.Type == "ideaPosted" ? m.DataAs<IdeaDto>().Id : (Guid?)null)).ToList();
            }
        }
    }

    /// <summary>The ideas on the page: those of its last snapshot, then those posted since, in sequence order.</summary>
    public IReadOnlyList<Guid> IdeaIds
    {
        get
        {
            lock (gate)
            {
                return [.. snapshotIdeas, .. applied.Values.Where(m => m.Type == "ideaPosted").Select(m => m.DataAs<IdeaDto>().Id)];
            }
        }
    }

    /// <summary>
    /// Opens the board on a connection (not yet started) and joins it with nothing known. With
    /// <paramref name="restartWhenClosed"/>, a connection that ends for good is started again, as the pages do.
    /// </summary>
    public static async Task<BoardView> OpenAsync(HubConnection connection, string name, Guid boardId, bool restartWhenClosed = false)
    {
        var view = new BoardView(name, boardId, restartWhenClosed);
        await view.AttachAsync(connection);
        return view;
    }

    /// <summary>A new connection, to another instance: the old one is let go, the board rejoined with the last sequence number.</summary>
    public async Task MoveToAsync(HubConnection connection)
    {
        await Client.DisposeAsync();
        await AttachAsync(connection);
    }

    public Task<IdeaDto> PostIdeaAsync(Guid columnId, string text, string? clientId = null) => Client.PostIdeaAsync(BoardId, columnId, text, clientId);

    /// <summary>Posts without asking for an answer: the server takes the idea, the client never hears back.</summary>
    public Task PostIdeaWithoutAnswerAsync(Guid columnId, string text, string clientId) =>
        Client.Connection.SendAsync("PostIdea", BoardId, new PostIdeaInput(columnId, text, clientId));

    /// <summary>Waits until the view has every event up to <paramref name="target"/>.</summary>
    public Task WaitForSeqAsync(long target) => WaitUntilAsync(() => seq >= target, $"every event up to {target}");

    /// <summary>Waits until the view is connected and joined on its current connection: ready to post.</summary>
    public Task WaitUntilOnlineAsync() => WaitUntilAsync(IsOnlineLocked, "to be connected and joined again");

    public Task WaitUntilDisconnectedAsync() => WaitUntilAsync(() => Client.Connection.State == HubConnectionState.Disconnected, "its connection to be closed");

    public async ValueTask DisposeAsync()
    {
        await disposed.CancelAsync();
        await Client.DisposeAsync();
    }

    public override string ToString()
    {
        lock (gate)
        {
            return $"{Name}: seq {seq}, snapshots at [{string.Join(", ", snapshotSeqs)}], applied [{string.Join(", ", applied.Keys)}], buffered [{string.Join(", ", buffered.Select(m => m.Seq))}], " +
                   $"live [{string.Join(", ", Client.Received.Select(m => m.Seq))}], connection {Client.Connection.State}, reconnects {Reconnects}, closes [{string.Join("; ", closes)}], " +
                   $"joined {(IsOnlineLocked() ? "on this connection" : "not on this connection")}{(failure is null ? "" : $", failed: {failure.Message}")}";
        }
    }

    private async Task AttachAsync(HubConnection connection)
    {
        connection.On<BoardEventMessage>("BoardEvent", Receive);
        connection.Reconnecting += _ => Changed();
        connection.Reconnected += _ =>
        {
            lock (gate)
            {
                Reconnects++;
                Join();
            }
            return Task.CompletedTask;
        };
        connection.Closed += error =>
        {
            lock (gate)
            {
                closes.Add(error?.Message ?? "closed without an error");
            }
            if (restartWhenClosed && !disposed.IsCancellationRequested)
            {
                _ = Task.Run(() => RestartAsync(connection));
            }
            return Changed();
        };
        var client = await BoardClient.StartAsync(connection, Name);
        lock (gate)
        {
            Client = client;
            Join();
        }
        await WaitUntilOnlineAsync();
    }

    /// <summary>
    /// As board-client.js does when its connection closed (the server may end it without allowing a reconnect):
    /// start it again soon, through the same address, and rejoin. Until the test's patience runs out.
    /// </summary>
    private async Task RestartAsync(HubConnection connection)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(disposed.Token);
        patience.CancelAfter(BoardClient.Patience);
        while (!patience.IsCancellationRequested && connection.State == HubConnectionState.Disconnected)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), patience.Token);
                await connection.StartAsync(patience.Token);
                lock (gate)
                {
                    Reconnects++;
                    Join();
                }
                return;
            }
            catch (OperationCanceledException) when (patience.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is HttpRequestException or System.Net.WebSockets.WebSocketException or IOException or InvalidOperationException)
            {
                lock (gate)
                {
                    closes.Add($"restart failed: {error.Message}");
                }
            }
        }
    }

    private void Receive(BoardEventMessage message)
    {
        lock (gate)
        {
            if (joining is not null)
            {
                buffered.Add(message);
                return;
            }
            ApplyOrRejoin(message);
            Signal();
        }
    }

    /// <summary>Under the gate. A join already running is asked to go once more, since it may have started on the connection before.</summary>
    private Task Join()
    {
        if (joining is not null)
        {
            joinAgain = true;
            return joining;
        }
        joinAgain = false;
        // Not on the connection's receive loop: it must stay free to read the join's answer.
        return joining = Task.Run(JoinOnceAsync);
    }

    private async Task JoinOnceAsync()
    {
        long after;
        BoardClient client;
        lock (gate)
        {
            (after, client) = (seq, Client);
        }
        var connectionId = client.Connection.ConnectionId;
        try
        {
            var joined = await client.JoinBoardAsync(BoardId, after);
            lock (gate)
            {
                if (joined.Snapshot is { } snapshot)
                {
                    // The page starts over from the board as it is; the events before it are in it.
                    snapshotIdeas.Clear();
                    snapshotIdeas.AddRange(snapshot.Ideas.Select(i => i.Id));
                    applied.Clear();
                    seq = snapshot.Seq;
                    snapshotSeqs.Add(snapshot.Seq);
                }
                foreach (var message in joined.Events)
                {
                    ApplyOrRejoin(message);
                }
                seq = Math.Max(seq, joined.Seq);
                if (ReferenceEquals(client, Client) && client.Connection.ConnectionId == connectionId)
                {
                    joinedOn = connectionId;
                }
                FinishJoin();
            }
        }
        catch (Exception error)
        {
            lock (gate)
            {
                // On a connection that dropped meanwhile the join is lost; its reconnect or the next connection joins again.
                if (client.Connection.State == HubConnectionState.Connected && ReferenceEquals(client, Client))
                {
                    failure ??= error;
                }
                FinishJoin();
            }
        }
    }

    /// <summary>Under the gate: the messages that came while joining, then another join if one was asked for.</summary>
    private void FinishJoin()
    {
        joining = null;
        var waiting = buffered.OrderBy(m => m.Seq).ToList();
        buffered.Clear();
        foreach (var message in waiting)
        {
            ApplyOrRejoin(message);
        }
        if (joinAgain)
        {
            Join();
        }
        Signal();
    }

    /// <summary>Under the gate: applies the next event, drops one already known, rejoins on a gap.</summary>
    private void ApplyOrRejoin(BoardEventMessage message)
    {
        if (message.Seq <= seq)
        {
            return;
        }
        if (message.Seq > seq + 1)
        {
            if (joining is null)
            {
                Join();
            }
            return;
        }
        applied[message.Seq] = message;
        seq = message.Seq;
    }

    private bool IsOnlineLocked() =>
        Client.Connection.State == HubConnectionState.Connected && joining is null && joinedOn is not null && joinedOn == Client.Connection.ConnectionId;

    private Task Changed()
    {
        lock (gate)
        {
            Signal();
        }
        return Task.CompletedTask;
    }

    private void Signal()
    {
        changed.TrySetResult();
        changed = NewSignal();
    }

    private async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var patience = new CancellationTokenSource(BoardClient.Patience);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (failure is not null)
                {
                    Assert.Fail($"{Name} failed while waiting for {what}: {failure}");
                }
                if (condition())
                {
                    return;
                }
                next = changed.Task;
            }
            try
            {
                await next.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"{Name} waited {BoardClient.Patience.TotalSeconds:0} s for {what} in vain; {this}");
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public static class BoardViews
{
    /// <summary><paramref name="count"/> ideas of <paramref name="poster"/>, one after the other, each with its own text.</summary>
    public static async Task PostIdeasAsync(BoardView poster, Guid columnId, int count)
    {
        for (var n = 0; n < count; n++)
        {
            await poster.PostIdeaAsync(columnId, $"{poster.Name}, Idee {Guid.NewGuid().ToString("N")[..6]}");
        }
    }

    public static async Task EveryoneHasAsync(IEnumerable<BoardView> views, long seq)
    {
        foreach (var view in views)
        {
            await view.WaitForSeqAsync(seq);
        }
    }

    /// <summary>
    /// Every page shows the board as it is: its ideas in the board's order, and every event after its last
    /// snapshot up to the board's sequence number without a gap; where two pages have the same event, it is the same idea.
    /// </summary>
    public static void AssertAllShow(BoardSnapshot board, IReadOnlyList<BoardView> views)
    {
        Assert.All(views, view =>
        {
            Assert.Equal(board.Ideas.Select(i => i.Id), view.IdeaIds);
            Assert.Equal(Range(view.SnapshotSeq + 1, board.Seq), view.Timeline.Select(e => e.Seq));
        });
        var bySeq = views.SelectMany(view => view.Timeline).GroupBy(e => e.Seq).ToList();
        Assert.All(bySeq, events => Assert.Single(events.Select(e => (e.Type, e.IdeaId)).Distinct()));
    }

    private static IEnumerable<long> Range(long from, long to)
    {
        for (var seq = from; seq <= to; seq++)
        {
            yield return seq;
        }
    }
}
