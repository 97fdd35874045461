using System.Globalization;

namespace Participation.Bench;

/// <summary>
/// The host's memory from /proc/&lt;pid&gt;/status. The peak of one export: VmHWM after resetting it (writing 5 to
/// /proc/&lt;pid&gt;/clear_refs, which needs the right to ptrace the host: root, or the same user), together with
/// VmRSS sampled every few milliseconds during the export (the larger of the two).
/// </summary>
public sealed class Memory(int pid)
{
    public double RssMb => Read("VmRSS:");

    public double PeakMb => Read("VmHWM:");

    /// <summary>True when the kernel took the reset of the peak.</summary>
    public bool ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Samples VmRSS until <paramref name="ct"/> is cancelled; returns the largest value in MB.</summary>
    public async Task<double> SampleMaxAsync(CancellationToken ct)
    {
        var max = RssMb;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                max = Math.Max(max, RssMb);
            }
        }
        catch (OperationCanceledException)
        {
        }
        return Math.Max(max, RssMb);
    }

    private double Read(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
