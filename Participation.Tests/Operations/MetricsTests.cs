using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Participation.Api.Telemetry;
using Participation.Tests.Boards;

namespace Participation.Tests.Operations;

/// <summary>The meter an operator reads: what one board's traffic does to it, read with a real listener.</summary>
public sealed class MetricsTests(LiveHost host) : IClassFixture<LiveHost>
{
    [Fact]
    public async Task Posted_ideas_and_connections_are_counted_per_board()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var board = table.Id.ToString();
        var posted = new ConcurrentBag<long>();
        var connections = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ParticipationMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "participation.board.ideas.posted" && HasBoard(tags, board))
            {
                posted.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "participation.board.connections" && HasBoard(tags, board))
            {
                connections = value;
            }
        });
        listener.Start();

        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Sprachcafé im Stadtteil", "anna-1");
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Sprachcafé im Stadtteil", "anna-1");
        await table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Patenschaften für Neuzugewanderte");
        await table.EveryoneReceivesAsync(2);
        listener.RecordObservableInstruments();

        // The retry with the same client id is one idea, and counted once.
        Assert.Equal(2, posted.Sum());
        Assert.Equal(3, connections);
    }

    private static bool HasBoard(ReadOnlySpan<KeyValuePair<string, object?>> tags, string board)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "board.id" && Equals(tag.Value, board))
            {
                return true;
            }
        }
        return false;
    }
}
