using System.Diagnostics.Metrics;
using Participation.Api.Boards;

namespace Participation.Api.Telemetry;

/// <summary>
/// The figures an operator watches during an event, on the meter <c>Participation</c>: connections per
/// board, ideas posted (a rate in any metrics backend), the outbox backlog and email failures.
/// </summary>
public sealed class ParticipationMetrics
{
    public const string MeterName = "Participation";

    private readonly Counter<long> ideasPosted;
    private readonly Counter<long> boardEvents;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> emailFailures;
    private long outboxBacklog = -1;

    public ParticipationMetrics(IMeterFactory meters, BoardConnections connections)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("participation.board.connections",
            () => connections.PerBoard().Select(b => new Measurement<int>(b.Count, new KeyValuePair<string, object?>("board.id", b.BoardId.ToString()))),
            unit: "{connection}", description: "Hub connections of this instance that have joined or watch a board.");
        ideasPosted = meter.CreateCounter<long>("participation.board.ideas.posted", "{idea}", "Ideas posted on boards (retries of the same idea not counted).");
        boardEvents = meter.CreateCounter<long>("participation.board.events", "{event}", "Changes written to the board logs.");
        emailsSent = meter.CreateCounter<long>("participation.email.sent", "{message}", "Emails handed to the SMTP server (or written as files).");
        emailFailures = meter.CreateCounter<long>("participation.email.failures", "{message}", "Failed delivery attempts; permanent=true when the message was given up.");
        meter.CreateObservableGauge("participation.outbox.backlog", ObserveBacklog, "{message}", "Emails waiting in the outbox, as this instance last counted them.");
    }

    internal void BoardChanged(Guid boardId, IEnumerable<BoardChanges.PendingEvent> committed)
    {
        var events = 0;
        var posted = 0;
        foreach (var pending in committed)
        {
            events++;
            posted += pending.Type == "ideaPosted" ? 1 : 0;
        }
        var board = new KeyValuePair<string, object?>("board.id", boardId.ToString());
        boardEvents.Add(events, board);
        if (posted > 0)
        {
            ideasPosted.Add(posted, board);
        }
    }

    public void EmailSent() => emailsSent.Add(1);

    public void EmailFailed(bool permanent) => emailFailures.Add(1, new KeyValuePair<string, object?>("permanent", permanent));

    public void OutboxCounted(long queued) => Interlocked.Exchange(ref outboxBacklog, queued);

    private IEnumerable<Measurement<long>> ObserveBacklog()
    {
        var queued = Interlocked.Read(ref outboxBacklog);
        return queued < 0 ? [] : [new Measurement<long>(queued)];
    }
}
