using System.Globalization;
using System.Text.Json;

namespace Participation.Bench;

/// <summary>Reads the saved results of a run and prints one Markdown table per scenario, with ratios and the goals.</summary>
public static class Report
{
    private static readonly Dictionary<string, string[]> Rows = new()
    {
        ["fanout"] =
        [
            "connected", "connectFailures", "rampSeconds", "postsAccepted", "postRefusals", "deliveriesExpected", "deliveriesReceived",
            "deliveriesLost", "phonesWithGaps", "phonesOutOfOrder", "gaps", "gapsFilledLater", "seqMissingAtEnd", "duplicates", "maxLateBySeq", "deliveriesPerSecond", "latencyP50Ms", "latencyP95Ms", "latencyP99Ms",
            "latencyMaxMs", "ackP50Ms", "ackP99Ms", "serverProcesses", "serverCpuCores", "serverCpuUsPerDelivery", "helperCpuCores", "loadToolCpuCores", "otherProcessesCpuCores", "rssBeforeMB", "rssConnectedMB", "rssPeakMB", "serverAlive",
        ],
        ["quiet"] =
        [
            "connected", "connectFailures", "rampSeconds", "rampServerCpuCores", "rampOtherProcessesCpuCores", "minConnectedDuringHold", "healthFailures", "serverUp",
            "rssBeforeMB", "rssConnectedMB", "rssEndMB", "rssPeakMB", "kbPerConnection", "serverThreadsMax",
        ],
        ["write-only"] = ["posters", "postsAccepted", "postRefusals", "postsPerSecond", "ackP50Ms", "ackP99Ms", "serverCpuCores", "serverCpuMsPerPost", "loadToolCpuCores", "otherProcessesCpuCores", "rssAfterMB", "serverAlive"],
    };

    /// <summary>Prints the tables; <paramref name="baseline"/> is the target the others are divided by (the bare hub, or one instance).</summary>
    public static int Print(string directory, string baseline = "bare")
    {
        var runs = Directory.GetFiles(directory, "*.json")
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement)
            .GroupBy(r => r.GetProperty("scenario").GetString()!)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var scenario in runs)
        {
            var targets = scenario.OrderBy(r => r.GetProperty("target").GetString() == baseline ? 0 : 1)
                .ThenBy(r => r.GetProperty("target").GetString(), StringComparer.Ordinal).ToList();
            var mode = targets[0].GetProperty("mode").GetString()!;
            var bare = targets.FirstOrDefault(t => t.GetProperty("target").GetString() == baseline);
            var names = targets.Select(t => t.GetProperty("target").GetString()!).ToList();
            Console.WriteLine($"\n### Scenario {scenario.Key} ({mode}, started {targets[0].GetProperty("startedAt").GetString()})\n");
            Console.WriteLine($"| figure | {string.Join(" | ", names)} |{(bare.ValueKind == JsonValueKind.Object ? $" ratio to {baseline} |" : "")}");
            Console.WriteLine($"|---|{string.Concat(names.Select(_ => "---:|"))}{(bare.ValueKind == JsonValueKind.Object ? "---:|" : "")}");
            foreach (var row in Rows.GetValueOrDefault(mode, []))
            {
                var cells = targets.Select(t => Cell(t, row)).ToList();
                var ratios = bare.ValueKind == JsonValueKind.Object
                    ? " " + string.Join(" / ", targets.Where(t => t.GetProperty("target").GetString() != baseline).Select(t => Ratio(t, bare, row))) + " |"
                    : "";
                Console.WriteLine($"| {row} | {string.Join(" | ", cells)} |{ratios}");
            }
            foreach (var target in targets.Where(t => t.GetProperty("target").GetString() != "bare"))
            {
                foreach (var goal in Goals(scenario.Key, target, baseline == "bare" ? bare : default))
                {
                    Console.WriteLine($"- {target.GetProperty("target").GetString()}: {goal}");
                }
            }
        }
        return 0;
    }

    private static IEnumerable<string> Goals(string scenario, JsonElement run, JsonElement bare)
    {
        static string Verdict(bool met) => met ? "**met**" : "**missed**";
        if (scenario.StartsWith('a'))
        {
            yield return $"none lost ({Number(run, "deliveriesLost")} lost): {Verdict(Number(run, "deliveriesLost") == 0 && Number(run, "connectFailures") == 0)}";
            yield return $"every phone gap-free and in order: {Verdict(Number(run, "phonesWithGaps") == 0 && Number(run, "phonesOutOfOrder") == 0)}";
            if (bare.ValueKind == JsonValueKind.Object)
            {
                var throughput = Number(run, "deliveriesPerSecond") / Number(bare, "deliveriesPerSecond");
                var p99 = Number(run, "latencyP99Ms") / Number(bare, "latencyP99Ms");
                yield return $"delivery throughput ≥ 90 % of bare ({throughput:P0}): {Verdict(throughput >= 0.9)}";
                yield return $"p99 ≤ 1.5 × bare ({p99:0.00} ×): {Verdict(p99 <= 1.5)}";
            }
        }
        else if (scenario.StartsWith('b'))
        {
            yield return $"p99 < 100 ms ({Number(run, "latencyP99Ms"):0.0} ms): {Verdict(Number(run, "latencyP99Ms") < 100)}";
        }
        else if (scenario.StartsWith('c'))
        {
            var up = run.TryGetProperty("serverUp", out var u) && u.ValueKind == JsonValueKind.True;
            yield return $"host up and < 1 GB (peak {Number(run, "rssPeakMB"):0} MB, {Number(run, "kbPerConnection"):0} KB per connection): " +
                Verdict(up && Number(run, "rssPeakMB") < 1024 && Number(run, "connectFailures") == 0);
        }
    }

    private static double Number(JsonElement run, string name) =>
        run.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    private static string Cell(JsonElement run, string name) => !run.TryGetProperty(name, out var v) ? "" : v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble().ToString(Math.Abs(v.GetDouble()) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture),
        JsonValueKind.Null => "-",
        _ => v.ToString(),
    };

    private static string Ratio(JsonElement run, JsonElement bare, string name)
    {
        var (mine, theirs) = (Number(run, name), Number(bare, name));
        return double.IsNaN(mine) || double.IsNaN(theirs) || theirs == 0 ? "" : (mine / theirs).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
