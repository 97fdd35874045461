using System.Globalization;

namespace Participation.Bench;

/// <summary>The server as Linux sees it: its resident memory and CPU time from /proc.</summary>
public sealed class ServerProcess(int pid)
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux

    public int Pid => pid;

    public static ServerProcess? Find(int? pid, int port)
    {
        var found = pid ?? ListeningPid(port);
        return found is { } id && File.Exists($"/proc/{id}/status") ? new ServerProcess(id) : null;
    }

    public bool IsAlive => File.Exists($"/proc/{pid}/status");

    /// <summary>VmRSS in bytes, or 0 once the process is gone.</summary>
    public long Rss => StatusField("VmRSS") * 1024;

    /// <summary>VmHWM (the highest RSS so far) in bytes.</summary>
    public long PeakRss => StatusField("VmHWM") * 1024;

    public long Threads => StatusField("Threads");

    /// <summary>User plus system CPU time in seconds.</summary>
    public double CpuSeconds
    {
        get
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }

    private long StatusField(string name)
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
