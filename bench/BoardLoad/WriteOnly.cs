using System.Collections.Concurrent;
using System.Diagnostics;

namespace Participation.Bench;

/// <summary>W phones post back to back on one board nobody listens to: how many posts a second one board takes.</summary>
public static class WriteOnly
{
    private const int MaxPostsPerPoster = 1_000_000;

    public static async Task RunAsync(Settings settings, Results results, CancellationToken ct)
    {
        var posterCount = settings.Int("posters", 8);
        var duration = settings.Int("duration", 20);
        var runTag = $"write-{Guid.NewGuid():N}"[..14];

        using var routes = Routes.From(settings);
        var api = routes.Admin;
        var server = Program.FindServer(settings);
        var boards = await api.CreateBoardsAsync(1, Program.Email(settings), Program.Password(settings), ct);
        var fleet = await Fleet.ConnectAsync(routes, boards, posterCount, posterCount, joinBoard: false, runTag, ct);
        results["posters"] = fleet.Phones.Count;
        results["durationSeconds"] = duration;

        // Warm-up (not counted): the JIT and the database's query plans reach steady state first.
        var warmup = TimeSpan.FromSeconds(settings.Int("warmup", 15));
        var warming = Stopwatch.StartNew();
        await Task.WhenAll(fleet.Phones.Select(poster => Task.Run(async () =>
        {
            for (var n = 0; n < MaxPostsPerPoster && warming.Elapsed < warmup; n++)
            {
                await FanOut.PostAsync(poster, "warmup", ct);
            }
        }, ct)));
        results["warmupSeconds"] = warmup.TotalSeconds;

        var acks = new ConcurrentBag<float>();
        var accepted = 0;
        var refusals = 0;
        string? firstRefusal = null;
        var sampler = new Sampler(server, TimeSpan.FromSeconds(duration + 60));
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(duration);
        await Task.WhenAll(fleet.Phones.Select(poster => Task.Run(async () =>
        {
            for (var n = 0; n < MaxPostsPerPoster && clock.Elapsed < deadline; n++)
            {
                var (ok, ms, error) = await FanOut.PostAsync(poster, runTag, ct);
                acks.Add((float)ms);
                if (ok)
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Interlocked.Increment(ref refusals);
                    Interlocked.CompareExchange(ref firstRefusal, error, null);
                }
            }
        }, ct)));
        var seconds = clock.Elapsed.TotalSeconds;
        var ackTimes = acks.ToArray();
        Array.Sort(ackTimes);
        results["postsAccepted"] = accepted;
        results["postRefusals"] = refusals;
        results["firstRefusal"] = firstRefusal;
        results["postsPerSecond"] = accepted / seconds;
        results["ackP50Ms"] = Results.Percentile(ackTimes, 0.50);
        results["ackP99Ms"] = Results.Percentile(ackTimes, 0.99);
        results["serverCpuCores"] = sampler.ServerCores;
        results["serverCpuMsPerPost"] = accepted == 0 ? double.NaN : sampler.ServerCores * seconds / accepted * 1000;
        results["loadToolCpuCores"] = sampler.OwnCores;
        results["otherProcessesCpuCores"] = sampler.OtherCores;
        results["serverAlive"] = server?.IsAlive;
        results["rssAfterMB"] = Results.Megabytes(server?.Rss ?? 0);
        await sampler.DisposeAsync();
        await fleet.DisposeAsync(posterCount);
    }
}
