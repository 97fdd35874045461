using System.Globalization;

namespace Participation.Bench;

/// <summary>
/// The server as Linux sees it: resident memory and CPU time from /proc, summed over its processes (two
/// instances count as one server). With <c>withChildren</c> the processes they started count too (nginx's
/// workers, PostgreSQL's backends, including those that ended: their time is in the parent's cutime).
/// </summary>
public sealed class ServerProcess(IReadOnlyList<int> pids, bool withChildren = false)
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux

    public IReadOnlyList<int> Pids => pids;

    public static ServerProcess? Find(int? pid, int port)
    {
        var found = pid ?? ListeningPid(port);
        return found is { } id && File.Exists($"/proc/{id}/status") ? new ServerProcess([id]) : null;
    }

    /// <summary>The processes listening on <paramref name="ports"/>, or null if one of them is not found.</summary>
    public static ServerProcess? FindAll(IReadOnlyList<int> ports, bool withChildren)
    {
        var found = ports.Select(ListeningPid).ToList();
        return found.Count == 0 || found.Any(p => p is null) ? null : new ServerProcess(found.Select(p => p!.Value).Distinct().ToList(), withChildren);
    }

    public bool IsAlive => pids.All(pid => File.Exists($"/proc/{pid}/status"));

    /// <summary>VmRSS in bytes, or 0 once the processes are gone.</summary>
    public long Rss => pids.Sum(pid => StatusField(pid, "VmRSS")) * 1024;

    /// <summary>VmHWM (the highest RSS so far) in bytes, summed.</summary>
    public long PeakRss => pids.Sum(pid => StatusField(pid, "VmHWM")) * 1024;

    public long Threads => pids.Sum(pid => StatusField(pid, "Threads"));

    /// <summary>User plus system CPU time in seconds.</summary>
    public double CpuSeconds
    {
        get
        {
            var ticks = pids.Sum(pid => Ticks(pid, withChildren));
            if (withChildren)
            {
                var parents = pids.ToHashSet();
                foreach (var dir in Directory.EnumerateDirectories("/proc"))
                {
                    if (int.TryParse(Path.GetFileName(dir), out var candidate) && !parents.Contains(candidate) && Stat(candidate) is { } fields
                        && parents.Contains(int.Parse(fields[1], CultureInfo.InvariantCulture)))
                    {
                        ticks += Ticks(candidate, includeEnded: false);
                    }
                }
            }
            return ticks / ClockTicksPerSecond;
        }
    }

    /// <summary>The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Ticks(int pid, bool includeEnded)
    {
        if (Stat(pid) is not { } fields)
        {
            return 0;
        }
        long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
        return Field(11) + Field(12) + (includeEnded ? Field(13) + Field(14) : 0);
    }

    private static long StatusField(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(name + ":", StringComparison.Ordinal))
                {
                    return long.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>The process holding the listening socket of <paramref name="port"/>: its inode in /proc/net/tcp*, then the fd that points at it.</summary>
    private static int? ListeningPid(int port)
    {
        var hexPort = ":" + port.ToString("X4", CultureInfo.InvariantCulture);
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9 && fields[1].EndsWith(hexPort, StringComparison.Ordinal) && fields[3] == "0A")
                {
                    inodes.Add($"socket:[{fields[9]}]");
                }
            }
        }
        if (inodes.Count == 0)
        {
            return null;
        }
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var candidate))
            {
                continue;
            }
            try
            {
                if (Directory.EnumerateFileSystemEntries($"{dir}/fd").Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                {
                    return candidate;
                }
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
            }
        }
        return null;
    }
}
