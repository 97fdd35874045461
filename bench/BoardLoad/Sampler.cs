using System.Diagnostics;

namespace Participation.Bench;

/// <summary>Samples the server (and this process) once a second while a phase runs: peak RSS, CPU used.</summary>
public sealed class Sampler : IAsyncDisposable
{
    private readonly ServerProcess? server;
    private readonly ServerProcess? helpers;
    private readonly double helperCpuStart;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly double serverCpuStart;
    private readonly TimeSpan ownCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double machineCpuStart = MachineBusySeconds();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public long MaxRss { get; private set; }

    /// <summary>
    /// One row a second: seconds since start, server cores, this process's cores, everything else's cores, server RSS in MB,
    /// and with helpers their cores (then not in everything else's).
    /// </summary>
    public List<double[]> Timeline { get; } = [];
    public long MaxThreads { get; private set; }

    public Sampler(ServerProcess? server, TimeSpan limit, ServerProcess? helpers = null)
    {
        this.server = server;
        this.helpers = helpers;
        serverCpuStart = server?.CpuSeconds ?? 0;
        helperCpuStart = helpers?.CpuSeconds ?? 0;
        loop = RunAsync(limit);
    }

    /// <summary>Server CPU over the phase, in cores (1.0 = one core busy all the time).</summary>
    public double ServerCores => server is null ? 0 : (server.CpuSeconds - serverCpuStart) / clock.Elapsed.TotalSeconds;

    public bool HasHelpers => helpers is not null;

    /// <summary>nginx, Redis and PostgreSQL over the phase, in cores (0 without helpers).</summary>
    public double HelperCores => helpers is null ? 0 : (helpers.CpuSeconds - helperCpuStart) / clock.Elapsed.TotalSeconds;

    /// <summary>CPU used by everything else on the machine over the phase (other people's builds and tests), in cores.</summary>
    public double OtherCores =>
        (MachineBusySeconds() - machineCpuStart) / clock.Elapsed.TotalSeconds - ServerCores - OwnCores - HelperCores;

    public double OwnCores => (Process.GetCurrentProcess().TotalProcessorTime - ownCpuStart).TotalSeconds / clock.Elapsed.TotalSeconds;

    /// <summary>Busy time of all CPUs from the first line of /proc/stat (user, nice, system, irq, softirq, steal).</summary>
    private static double MachineBusySeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);
        return (Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8)) / 100.0;
    }

    private async Task RunAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        var (lastTime, lastServer, lastOwn, lastMachine, lastHelpers) = (clock.Elapsed.TotalSeconds, serverCpuStart, ownCpuStart.TotalSeconds, machineCpuStart, helperCpuStart);
        while (server is not null && !stop.IsCancellationRequested && DateTime.UtcNow < until)
        {
            MaxRss = Math.Max(MaxRss, server.Rss);
            var (time, serverCpu, ownCpu, machineCpu, helperCpu) = (clock.Elapsed.TotalSeconds, server.CpuSeconds,
                Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, MachineBusySeconds(), helpers?.CpuSeconds ?? 0);
            if (time - lastTime > 0.5)
            {
                var span = time - lastTime;
                var (serverCores, ownCores, helperCores) = ((serverCpu - lastServer) / span, (ownCpu - lastOwn) / span, (helperCpu - lastHelpers) / span);
                double[] row = [Math.Round(time, 1), Math.Round(serverCores, 2), Math.Round(ownCores, 2),
                    Math.Round((machineCpu - lastMachine) / span - serverCores - ownCores - helperCores, 2), Math.Round(server.Rss / 1048576.0)];
                Timeline.Add(helpers is null ? row : [.. row, Math.Round(helperCores, 2)]);
                (lastTime, lastServer, lastOwn, lastMachine, lastHelpers) = (time, serverCpu, ownCpu, machineCpu, helperCpu);
            }
            MaxThreads = Math.Max(MaxThreads, server.Threads);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }
}
