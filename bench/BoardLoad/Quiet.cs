namespace Participation.Bench;

/// <summary>M phones spread over B boards, nobody posting: does the host stay up, and what does a connection cost?</summary>
public static class Quiet
{
    public static async Task RunAsync(Settings settings, Results results, CancellationToken ct)
    {
        var count = settings.Int("connections", 5000);
        var boardCount = settings.Int("boards", 50);
        var hold = settings.Int("hold", 30);
        var runTag = $"quiet-{Guid.NewGuid():N}"[..14];

        using var routes = Routes.From(settings);
        var api = routes.Admin;
        var server = Program.FindServer(settings);
        var boards = await api.CreateBoardsAsync(boardCount, Program.Email(settings), Program.Password(settings), ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var before = server?.Rss ?? 0;
        results["connections"] = count;
        results["boards"] = boardCount;
        results["rssBeforeMB"] = Results.Megabytes(before);

        var sampler = new Sampler(server, TimeSpan.FromSeconds(hold + 900));
        var fleet = await Fleet.ConnectAsync(routes, boards, count, settings.Int("batch", 100), joinBoard: true, runTag, ct);
        results["connected"] = fleet.Phones.Count;
        results["connectFailures"] = fleet.Failed;
        results["firstConnectError"] = fleet.FirstError;
        results["rampSeconds"] = fleet.RampTime.TotalSeconds;
        results["rampServerCpuCores"] = sampler.ServerCores;
        results["rampOtherProcessesCpuCores"] = sampler.OtherCores;
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        var after = server?.Rss ?? 0;
        results["rssConnectedMB"] = Results.Megabytes(after);
        results["kbPerConnection"] = fleet.Phones.Count == 0 ? double.NaN : (after - before) / 1024.0 / fleet.Phones.Count;

        // Hold the hall open; look every 5 s whether the host answers and the phones are still connected.
        var minConnected = fleet.Connected;
        var healthFailures = 0;
        for (var elapsed = 0; elapsed < hold; elapsed += 5)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, hold - elapsed)), ct);
            minConnected = Math.Min(minConnected, fleet.Connected);
            healthFailures += await api.IsHealthyAsync(ct) ? 0 : 1;
        }
        results["holdSeconds"] = hold;
        results["minConnectedDuringHold"] = minConnected;
        results["healthFailures"] = healthFailures;
        results["serverUp"] = server?.IsAlive != false && await api.IsHealthyAsync(ct);
        results["rssEndMB"] = Results.Megabytes(server?.Rss ?? 0);
        results["rssPeakMB"] = Results.Megabytes(Math.Max(sampler.MaxRss, server?.PeakRss ?? 0));
        results["serverThreadsMax"] = sampler.MaxThreads;
        await sampler.DisposeAsync();
        await fleet.DisposeAsync(500);
    }
}
