using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Bench;

public sealed record BoardEventMessage(Guid BoardId, long Seq, string Type, JsonElement Data);

public sealed record JoinResult(long Seq);

public sealed record PostIdeaInput(Guid ColumnId, string Text, string ClientId);

/// <summary>
/// One participant's phone: its own token, its own connection, and what it saw. SignalR runs
/// one connection's handlers one after another, so the counters need no locks.
/// </summary>
public sealed class Phone(HubConnection connection, Guid boardId, Guid columnId, string runTag)
{
    public HubConnection Connection => connection;
    public Guid BoardId => boardId;
    public Guid ColumnId => columnId;

    private readonly HashSet<long> seen = [];

    /// <summary>The board's sequence number when this phone joined; later events are counted.</summary>
    public long JoinSeq { get; private set; }
    public long LastSeq { get; private set; }
    /// <summary>Times a sequence number skipped ahead of the last one seen (a gap at that moment).</summary>
    public int Gaps { get; private set; }
    /// <summary>Arrivals below the last sequence number seen: stale, repeated or late.</summary>
    public int OutOfOrder { get; private set; }
    /// <summary>Late arrivals that filled an earlier gap (another instance's message overtaken on the way).</summary>
    public int GapsFilled { get; private set; }
    /// <summary>Sequence numbers received twice (not counted as deliveries again).</summary>
    public int Duplicates { get; private set; }
    /// <summary>The most sequence numbers a late arrival was behind the last one seen.</summary>
    public long MaxLateBy { get; private set; }
    /// <summary>Ideas of this run received, each with its post-to-delivery time.</summary>
    public long Delivered { get; private set; }
    public long LastDeliveryTimestamp { get; private set; }
    public List<float> LatenciesMs { get; } = [];
    /// <summary>When each of those ideas was sent (Stopwatch timestamps), for latency by second.</summary>
    public List<long> SentTimestamps { get; } = [];

    /// <summary>Sequence numbers after <see cref="JoinSeq"/> up to <paramref name="boardLastSeq"/> that never arrived.</summary>
    public long MissingAtEnd(long boardLastSeq) =>
        Math.Max(0, boardLastSeq - JoinSeq) - seen.Count(s => s > JoinSeq && s <= boardLastSeq);

    public static async Task<Phone> ConnectAsync(Routes routes, BoardInfo board, int index, bool joinBoard, string runTag, CancellationToken ct)
    {
        var joined = await routes.Api(index).JoinAsync(board.JoinCode, $"Phone {index}", ct);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(routes.Url(index), "/hubs/board"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(joined.ParticipantToken);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = routes.WebSocketFactory(index, joined.ParticipantToken);
            })
            .AddJsonProtocol(json => BenchApi.Configure(json.PayloadSerializerOptions))
            .Build();
        var phone = new Phone(connection, joined.BoardId, board.ColumnId, runTag);
        connection.On<BoardEventMessage>("BoardEvent", phone.Receive);
        try
        {
            await connection.StartAsync(ct);
            if (joinBoard)
            {
                var result = await connection.InvokeAsync<JoinResult>("JoinBoard", joined.BoardId, 0L, ct);
                (phone.JoinSeq, phone.LastSeq) = (result.Seq, result.Seq);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return phone;
    }

    /// <summary>The text of a bench idea: the run's tag and the sender's clock, which all phones share in this process.</summary>
    public static string IdeaText(string runTag) => $"{runTag} {Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture)}";

    private void Receive(BoardEventMessage message)
    {
        var now = Stopwatch.GetTimestamp();
        var isNew = message.Seq > JoinSeq && seen.Add(message.Seq);
        if (message.Seq == LastSeq + 1)
        {
            LastSeq = message.Seq;
        }
        else if (message.Seq <= LastSeq)
        {
            OutOfOrder++;
            if (isNew)
            {
                GapsFilled++;
                MaxLateBy = Math.Max(MaxLateBy, LastSeq - message.Seq);
            }
            else if (message.Seq > JoinSeq)
            {
                Duplicates++;
            }
        }
        else
        {
            Gaps++;
            LastSeq = message.Seq;
        }
        if (isNew
            && message.Type == "ideaPosted"
            && message.Data.ValueKind == JsonValueKind.Object
            && message.Data.TryGetProperty("text", out var text)
            && text.GetString() is { } value
            && value.StartsWith(runTag, StringComparison.Ordinal)
            && long.TryParse(value.AsSpan(runTag.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sent))
        {
            Delivered++;
            LastDeliveryTimestamp = now;
            LatenciesMs.Add((float)Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
            SentTimestamps.Add(sent);
        }
    }
}
