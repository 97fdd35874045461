using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Participation.Bench;

/// <summary>
/// N phones on one or more boards, P of them posting R ideas a second in total for D seconds: how fast
/// and how completely each idea reaches every phone of its board.
/// </summary>
public static class FanOut
{
    public static async Task RunAsync(Settings settings, Results results, CancellationToken ct)
    {
        var count = settings.Int("connections", 1000);
        var boardCount = settings.Int("boards", 1);
        var posterCount = Math.Min(settings.Int("posters", 20), count);
        var rate = settings.Number("rate", 20);
        var duration = settings.Int("duration", 30);
        var runTag = $"bench-{Guid.NewGuid():N}"[..14];

        using var routes = Routes.From(settings);
        var api = routes.Admin;
        var server = Program.FindServer(settings);
        var helpers = Program.FindHelpers(settings);
        var boards = await api.CreateBoardsAsync(boardCount, Program.Email(settings), Program.Password(settings), ct);
        results["connections"] = count;
        results["boards"] = boardCount;
        results["posters"] = posterCount;
        results["rate"] = rate;
        results["durationSeconds"] = duration;
        results["serverProcesses"] = server?.Pids.Count;
        results["routes"] = routes.Describe(count);
        results["rssBeforeMB"] = Results.Megabytes(server?.Rss ?? 0);

        var fleet = await Fleet.ConnectAsync(routes, boards, count, settings.Int("batch", 50), joinBoard: true, runTag, ct);
        results["connected"] = fleet.Phones.Count;
        results["connectFailures"] = fleet.Failed;
        results["firstConnectError"] = fleet.FirstError;
        results["rampSeconds"] = fleet.RampTime.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        results["rssConnectedMB"] = Results.Megabytes(server?.Rss ?? 0);

        var accepted = new ConcurrentDictionary<Guid, int>();
        var acks = new ConcurrentBag<float>();
        var refusals = 0;
        string? firstRefusal = null;
        var total = (int)Math.Round(rate * duration);
        var posters = fleet.Phones.Take(posterCount).ToList();
        // Warm-up posts (not counted, other text): the JIT and the connection pools reach steady state first.
        var warmup = settings.Int("warmup", (int)Math.Ceiling(rate * 5));
        for (var k = 0; k < warmup && posters.Count > 0; k++)
        {
            await PostAsync(posters[k % posters.Count], "warmup", ct);
            await Task.Delay(TimeSpan.FromSeconds(1 / rate), ct);
        }
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        results["warmupPosts"] = warmup;

        var sampler = new Sampler(server, TimeSpan.FromSeconds(duration + 120), helpers);
        var start = Stopwatch.GetTimestamp();
        var posts = new List<Task>(total);
        for (var k = 0; k < total && posters.Count > 0; k++)
        {
            var due = TimeSpan.FromSeconds(k / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }
            var poster = posters[k % posters.Count];
            posts.Add(Task.Run(async () =>
            {
                var (ok, ms, error) = await PostAsync(poster, runTag, ct);
                acks.Add((float)ms);
                if (ok)
                {
                    accepted.AddOrUpdate(poster.BoardId, 1, (_, n) => n + 1);
                }
                else
                {
                    Interlocked.Increment(ref refusals);
                    Interlocked.CompareExchange(ref firstRefusal, error, null);
                }
            }, ct));
        }
        var postingSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await Task.WhenAny(Task.WhenAll(posts), Task.Delay(TimeSpan.FromSeconds(60), ct));

        var phonesPerBoard = fleet.Phones.GroupBy(p => p.BoardId).ToDictionary(g => g.Key, g => g.Count());
        var expected = accepted.Sum(a => (long)a.Value * phonesPerBoard.GetValueOrDefault(a.Key));
        // Bounded drain: stop when every delivery arrived, or 20 s after the last acknowledgement.
        var drainUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 20;
        while (fleet.Phones.Sum(p => p.Delivered) < expected && Stopwatch.GetTimestamp() < drainUntil)
        {
            await Task.Delay(100, ct);
        }
        var serverCores = sampler.ServerCores;
        var ownCores = sampler.OwnCores;
        var helperCores = sampler.HelperCores;
        var otherCores = sampler.OtherCores;
        await sampler.DisposeAsync();

        var delivered = fleet.Phones.Sum(p => p.Delivered);
        var lastDelivery = fleet.Phones.Max(p => p.LastDeliveryTimestamp);
        var deliverySeconds = lastDelivery > start ? Stopwatch.GetElapsedTime(start, lastDelivery).TotalSeconds : double.NaN;
        var latencies = fleet.Phones.SelectMany(p => p.LatenciesMs).ToArray();
        Array.Sort(latencies);
        var ackTimes = acks.ToArray();
        Array.Sort(ackTimes);

        results["postsSent"] = posts.Count;
        results["postsAccepted"] = accepted.Values.Sum();
        results["postRefusals"] = refusals;
        results["firstRefusal"] = firstRefusal;
        results["postingSeconds"] = postingSeconds;
        results["postsPerSecond"] = accepted.Values.Sum() / postingSeconds;
        results["deliveriesExpected"] = expected;
        results["deliveriesReceived"] = delivered;
        results["deliveriesLost"] = expected - delivered;
        results["phonesShort"] = fleet.Phones.Count(p => p.Delivered < accepted.GetValueOrDefault(p.BoardId));
        results["phonesWithGaps"] = fleet.Phones.Count(p => p.Gaps > 0);
        results["phonesOutOfOrder"] = fleet.Phones.Count(p => p.OutOfOrder > 0);
        results["gaps"] = fleet.Phones.Sum(p => p.Gaps);
        results["outOfOrder"] = fleet.Phones.Sum(p => p.OutOfOrder);
        // A gap that a late message filled is a reordering; one still open at the end is a lost message.
        var boardLastSeq = fleet.Phones.GroupBy(p => p.BoardId).ToDictionary(g => g.Key, g => g.Max(p => p.LastSeq));
        results["gapsFilledLater"] = fleet.Phones.Sum(p => p.GapsFilled);
        results["seqMissingAtEnd"] = fleet.Phones.Sum(p => p.MissingAtEnd(boardLastSeq[p.BoardId]));
        results["phonesMissingSeqAtEnd"] = fleet.Phones.Count(p => p.MissingAtEnd(boardLastSeq[p.BoardId]) > 0);
        results["duplicates"] = fleet.Phones.Sum(p => p.Duplicates);
        results["maxLateBySeq"] = fleet.Phones.Count == 0 ? 0 : fleet.Phones.Max(p => p.MaxLateBy);
        results["deliveriesPerSecond"] = delivered / deliverySeconds;
        results["latencyP50Ms"] = Results.Percentile(latencies, 0.50);
        results["latencyP95Ms"] = Results.Percentile(latencies, 0.95);
        results["latencyP99Ms"] = Results.Percentile(latencies, 0.99);
        results["latencyMaxMs"] = latencies.Length > 0 ? latencies[^1] : double.NaN;
        results["ackP50Ms"] = Results.Percentile(ackTimes, 0.50);
        results["ackP99Ms"] = Results.Percentile(ackTimes, 0.99);
        results["serverCpuCores"] = serverCores;
        results["loadToolCpuCores"] = ownCores;
        results["serverCpuUsPerDelivery"] = delivered == 0 ? double.NaN : serverCores * deliverySeconds / delivered * 1e6;
        results["helperCpuCores"] = helpers is null ? null : helperCores;
        results["otherProcessesCpuCores"] = otherCores;
        results["serverThreadsMax"] = sampler.MaxThreads;
        results["serverAlive"] = server?.IsAlive;
        results["rssAfterMB"] = Results.Megabytes(server?.Rss ?? 0);
        results["rssPeakMB"] = Results.Megabytes(Math.Max(sampler.MaxRss, server?.Rss ?? 0));
        results["stillConnected"] = fleet.Connected;
        results["timeline"] = Timeline(fleet, start, sampler);
        await fleet.DisposeAsync(200);
    }

    /// <summary>
    /// Per second of sending: deliveries, p50 and p99 latency, next to what /proc showed in that second
    /// (server, load tool and other processes in cores; server RSS in MB). The stand-in for dotnet-counters.
    /// </summary>
    private static List<string> Timeline(Fleet fleet, long start, Sampler sampler)
    {
        var bySecond = new SortedDictionary<int, List<float>>();
        foreach (var phone in fleet.Phones)
        {
            for (var i = 0; i < phone.LatenciesMs.Count; i++)
            {
                var second = (int)Stopwatch.GetElapsedTime(start, phone.SentTimestamps[i]).TotalSeconds;
                (bySecond.TryGetValue(second, out var list) ? list : bySecond[second] = []).Add(phone.LatenciesMs[i]);
            }
        }
        var rows = new List<string> { "second deliveries p50ms p99ms | serverCores loadToolCores otherCores rssMB" + (sampler.HasHelpers ? " helperCores" : "") };
        foreach (var (second, list) in bySecond)
        {
            var sorted = list.ToArray();
            Array.Sort(sorted);
            var proc = sampler.Timeline.FirstOrDefault(t => t[0] >= second + 1) ?? [];
            rows.Add(FormattableString.Invariant(
                $"{second} {sorted.Length} {Results.Percentile(sorted, 0.5):0.0} {Results.Percentile(sorted, 0.99):0.0} | {string.Join(' ', proc.Skip(1))}"));
        }
        return rows;
    }

    public static async Task<(bool Ok, double Ms, string? Error)> PostAsync(Phone poster, string runTag, CancellationToken ct)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var idea = new PostIdeaInput(poster.ColumnId, Phone.IdeaText(runTag), Guid.NewGuid().ToString("N"));
            await poster.Connection.InvokeAsync<JsonElement>("PostIdea", poster.BoardId, idea, ct);
            return (true, Stopwatch.GetElapsedTime(sent).TotalMilliseconds, null);
        }
        catch (Exception problem) when (!ct.IsCancellationRequested)
        {
            return (false, Stopwatch.GetElapsedTime(sent).TotalMilliseconds, $"{problem.GetType().Name}: {problem.Message}");
        }
    }
}
