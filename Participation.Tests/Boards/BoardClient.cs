using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;

namespace Participation.Tests.Boards;

/// <summary>
/// One real SignalR client of the board hub, as a phone, the wall or the facilitator console holds it:
/// it records every <c>BoardEvent</c> in the order it arrived and can wait for a sequence number.
/// Waiting never measures time; the timeout only turns a message that never comes into a clear failure.
/// </summary>
public sealed class BoardClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly List<BoardEventMessage> received = [];
    private readonly List<(long Seq, TaskCompletionSource Arrived)> waiters = [];

    private BoardClient(string name, HubConnection connection)
    {
        Name = name;
        Connection = connection;
        Connection.On<BoardEventMessage>("BoardEvent", Record);
    }

    /// <summary>Who this client is in failure messages ("Anna", "facilitator").</summary>
    public string Name { get; }

    public HubConnection Connection { get; }

    /// <summary>Every live message received so far, in arrival order (not those a join returned).</summary>
    public IReadOnlyList<BoardEventMessage> Received
    {
        get
        {
            lock (gate)
            {
                return received.ToList();
            }
        }
    }

    /// <summary>The highest sequence number this client knows: from its last join or a live message.</summary>
    public long LastSeq { get; private set; }

    public static Task<BoardClient> ConnectAsync(string baseUrl, string accessToken, string name) =>
        StartAsync(Builder(baseUrl, accessToken).Build(), name);

    /// <summary>
    /// A connection to the hub as the tests make it; <paramref name="transport"/> adds to its HTTP settings
    /// (such as the address it connects from), and the builder can add automatic reconnecting.
    /// </summary>
    public static IHubConnectionBuilder Builder(string baseUrl, string accessToken, Action<HttpConnectionOptions>? transport = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), "/hubs/board"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                transport?.Invoke(options);
            })
            .AddJsonProtocol(json => BoardJson.Configure(json.PayloadSerializerOptions));

    /// <summary>Starts a connection made with <see cref="Builder"/> and records what arrives on it.</summary>
    public static async Task<BoardClient> StartAsync(HubConnection connection, string name)
    {
        var client = new BoardClient(name, connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Connects and joins the board with nothing known yet (a snapshot comes back).</summary>
    public static async Task<(BoardClient Client, JoinBoardResult Joined)> JoinAsync(string baseUrl, string accessToken, string name, Guid boardId)
    {
        var client = await ConnectAsync(baseUrl, accessToken, name);
        return (client, await client.JoinBoardAsync(boardId, 0));
    }

    public async Task<JoinBoardResult> JoinBoardAsync(Guid boardId, long afterSeq)
    {
        var joined = await Connection.InvokeAsync<JoinBoardResult>("JoinBoard", boardId, afterSeq);
        Remember(joined.Seq);
        return joined;
    }

    public async Task<JoinBoardResult> WatchBoardAsync(Guid boardId, long afterSeq)
    {
        var joined = await Connection.InvokeAsync<JoinBoardResult>("WatchBoard", boardId, afterSeq);
        Remember(joined.Seq);
        return joined;
    }

    public Task<IdeaDto> PostIdeaAsync(Guid boardId, Guid columnId, string text, string? clientId = null) =>
        Connection.InvokeAsync<IdeaDto>("PostIdea", boardId, new PostIdeaInput(columnId, text, clientId ?? Guid.NewGuid().ToString("N")));

    public Task<VoteResult> VoteAsync(Guid boardId, Guid ideaId, int delta = 1) =>
        Connection.InvokeAsync<VoteResult>("Vote", boardId, ideaId, delta);

    /// <summary>Stops the connection and starts it again: a phone that lost the network and came back.</summary>
    public async Task ReconnectAsync()
    {
        await Connection.StopAsync();
        await Connection.StartAsync();
    }

    /// <summary>The message with this sequence number, once it has arrived.</summary>
    public async Task<BoardEventMessage> WaitForSeqAsync(long seq)
    {
        TaskCompletionSource arrived;
        lock (gate)
        {
            if (received.FirstOrDefault(m => m.Seq == seq) is { } already)
            {
                return already;
            }
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((seq, arrived));
        }
        try
        {
            await arrived.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{Name} waited {Patience.TotalSeconds:0} s for board event {seq} and it never came; " +
                        $"received: [{string.Join(", ", Received.Select(m => $"{m.Seq} {m.Type}"))}], connection {Connection.State}.");
        }
        lock (gate)
        {
            return received.First(m => m.Seq == seq);
        }
    }

    /// <summary>The messages with these sequence numbers, after all of them arrived.</summary>
    public async Task<IReadOnlyList<BoardEventMessage>> WaitForSeqsAsync(long from, long to)
    {
        var messages = new List<BoardEventMessage>();
        for (var seq = from; seq <= to; seq++)
        {
            messages.Add(await WaitForSeqAsync(seq));
        }
        return messages;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Record(BoardEventMessage message)
    {
        lock (gate)
        {
            received.Add(message);
            LastSeq = Math.Max(LastSeq, message.Seq);
            foreach (var waiter in waiters.Where(w => w.Seq == message.Seq).ToList())
            {
                waiters.Remove(waiter);
                waiter.Arrived.TrySetResult();
            }
        }
    }

    private void Remember(long seq)
    {
        lock (gate)
        {
            LastSeq = Math.Max(LastSeq, seq);
        }
    }
}

public static class BoardEventMessages
{
    /// <summary>The message's data as a contract type (the client receives it as JSON).</summary>
    public static T DataAs<T>(this BoardEventMessage message) =>
        ((JsonElement)message.Data).Deserialize<T>(BoardJson.Options) ?? throw new InvalidOperationException($"Event {message.Seq} has no data.");

    /// <summary>A JSON property of the message's data, such as "votes" of a voteChanged event.</summary>
    public static JsonElement Property(this BoardEventMessage message, string name) => ((JsonElement)message.Data).GetProperty(name);
}
