using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Participation.Bench;

// The documentation export benchmark (issue 7): the host (Release) on SQLite in a fresh data directory, a process of
// --events events, --sessions-per-event sessions with one board each and --ideas ideas built through the API, and a
// half-size one; then every --formats format exported --runs times per process, with wall time, size and the host's
// memory (RSS before, peak during, after). Every format × process set runs in a freshly started host on the same data,
// so its first export is a cold one and its memory figures are not hidden by a heap an earlier export already grew. Exits 1 if an export fails (not 200, or its content is not what was seeded)
// or a --goal-formats export takes longer than --goal-seconds.
var options = Options.Parse(args);
if (options.Has("help"))
{
    Console.WriteLine("""
        DocumentationExport [--formats docx,pdf,html,md,xlsx,csv,json] [--runs 3] [--ideas 4000] [--half-ideas 2000 (0: none)]
                            [--events 10] [--sessions-per-event 4] [--areas 6] [--voters-per-board 4] [--attendees-per-event 6]
                            [--batch 100] [--parallel 4] [--goal-seconds 5] [--goal-formats docx,pdf]
                            [--web-dll Participation.Web/bin/Release/net10.0/Participation.Web.dll] [--out DIR] [--keep]
                            [--host-args "--Name=value ..."] (more settings for the host)
        Starts the host itself (a free port, a fresh directory under /tmp): once to seed, then once per format and process
        on the same data; stops it each time by its own process id.
        """);
    return 2;
}
var formats = options.Text("formats", "docx,pdf,html,md,xlsx,csv,json").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(f => f.ToLowerInvariant()).ToArray();
var runs = options.Int("runs", 3);
var ideas = options.Int("ideas", 4000);
var halfIdeas = options.Int("half-ideas", ideas / 2);
var goalSeconds = options.Double("goal-seconds", 5);
var goalFormats = options.Text("goal-formats", "docx,pdf").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var seed = new SeedSettings(options.Int("areas", 6), options.Int("events", 10), options.Int("sessions-per-event", 4), ideas,
    options.Int("voters-per-board", 4), options.Int("attendees-per-event", 6), options.Int("batch", 100), options.Int("parallel", 4));
var webDll = Path.GetFullPath(options.Text("web-dll", "Participation.Web/bin/Release/net10.0/Participation.Web.dll"));
if (!File.Exists(webDll))
{
    Console.Error.WriteLine($"{webDll} not found: build Participation.Web in Release first.");
    return 2;
}
var work = Directory.CreateTempSubdirectory("documentation-export.").FullName;
var outDirectory = Path.GetFullPath(options.Text("out", Path.Combine(work, "out")));
Directory.CreateDirectory(outDirectory);
var dataDirectory = Path.Combine(work, "data");
var webPort = Child.FreePort();
var baseUrl = new Uri($"http://127.0.0.1:{webPort}");
string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
string Load() => File.ReadAllText("/proc/loadavg").Trim();

Console.WriteLine($"work directory {work}, exports in {outDirectory}; host on {webPort}");
Console.WriteLine($"load average at start: {Load()}");
const string AdminEmail = "admin@bench.test";
const string AdminPassword = "Bench-Pass-2026";
Child? host = null;
async Task<(Child Host, Api Api, Memory Memory)> StartHostAsync(HttpClient http)
{
    if (host is not null)
    {
        await host.DisposeAsync();
    }
    host = Child.Start("dotnet", [
        webDll,
        "--urls", baseUrl.ToString().TrimEnd('/'),
        $"--Participation:DataDirectory={dataDirectory}",
        $"--Participation:Admin:Email={AdminEmail}", $"--Participation:Admin:Password={AdminPassword}",
        "--Logging:LogLevel:Default=Warning",
        .. (options.Optional("host-args") is { } extra ? extra.Split(' ', StringSplitOptions.RemoveEmptyEntries) : []),
    ], Path.GetDirectoryName(webDll)!, Path.Combine(outDirectory, "participation.log"), new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
    await Health.WaitAsync(http, host);
    var api = new Api(http);
    await api.LoginAsync(AdminEmail, AdminPassword, CancellationToken.None);
    return (host, api, new Memory(host.Pid));
}

var exit = 1;
var failures = new List<string>();
try
{
    using var http = Api.NewClient(baseUrl, Math.Max(4, seed.Parallel));
    var (seedHost, api, memory) = await StartHostAsync(http);
    Console.WriteLine($"host pid {seedHost.Pid} (seeding), RSS after start {F(memory.RssMb, "0")} MB");

    // 1. The processes, through the API.
    var processes = new List<Seeded>();
    foreach (var count in new[] { ideas, halfIdeas }.Where(c => c > 0))
    {
        Console.WriteLine($"== seeding a process with {count} ideas");
        var seeded = await new Seeder(api).SeedAsync($"Kreisentwicklungskonzept Süderbrück 2035 ({count} Ideen)", seed with { Ideas = count }, CancellationToken.None);
        Console.WriteLine($"  {seeded.Events} events, {seeded.Sessions} sessions, {seeded.Boards} boards, {seeded.Ideas} ideas, {seeded.Dots} dots, " +
                          $"{seeded.Marked} marked, {seeded.Attendees} walk-ins in {F(seeded.Seconds)} s; host RSS {F(memory.RssMb, "0")} MB");
        if (seeded.Ideas != count)
        {
            failures.Add($"seeding: {seeded.Ideas} ideas instead of {count}");
        }
        processes.Add(seeded);
    }

    // 2. The exports: per format and process a fresh host, --runs exports one after the other (the first is cold).
    var results = new List<Export>();
    var idle = new List<double>();
    foreach (var format in formats)
    {
        foreach (var process in processes)
        {
            var (exportHost, exportApi, exportMemory) = await StartHostAsync(http);
            idle.Add(exportMemory.RssMb);
            Console.WriteLine($"== {format}, {process.Ideas} ideas: host pid {exportHost.Pid}, RSS after start and login {F(exportMemory.RssMb, "0")} MB, load average {Load()}");
            for (var run = 1; run <= runs; run++)
            {
                var save = run == 1 ? Path.Combine(outDirectory, $"process-{process.Ideas}.{format}") : null;
                var export = await ExportAsync(http, exportApi.Admin!, exportMemory, exportHost, process, format, run, save);
                results.Add(export);
                Console.WriteLine($"  {process.Ideas} ideas, run {run}: {export.Status} in {F(export.Ms, "0")} ms (first byte {F(export.FirstByteMs, "0")} ms), " +
                                  $"{F(export.Bytes / 1024.0, "0")} KB; RSS {F(export.RssBeforeMb, "0")} → peak {F(export.PeakMb, "0")} → {F(export.RssAfterMb, "0")} MB; " +
                                  $"host CPU {F(export.CpuSeconds, "0.00")} s{(export.Problem is null ? "" : $"; FAILED: {export.Problem}")}");
                if (export.Problem is not null)
                {
                    failures.Add($"{format}, {process.Ideas} ideas, run {run}: {export.Problem}");
                }
                else if (goalFormats.Contains(format) && process.Ideas == ideas && export.Ms > goalSeconds * 1000)
                {
                    failures.Add($"{format}, {process.Ideas} ideas, run {run}: {F(export.Ms / 1000, "0.00")} s, over the goal of {F(goalSeconds, "0.#")} s");
                }
            }
        }
    }

    // 3. The report.
    var report = new StringBuilder();
    report.AppendLine(CultureInfo.InvariantCulture, $"### Documentation export: {string.Join(", ", processes.Select(p => $"{p.Ideas} ideas ({p.Events} events, {p.Sessions} sessions, {p.Dots} dots, {p.Attendees} walk-ins)"))}");
    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"load average at the end: {Load()}; each set in a fresh host, RSS after start and login {F(idle.DefaultIfEmpty().Min(), "0")}–{F(idle.DefaultIfEmpty().Max(), "0")} MB");
    report.AppendLine();
    report.AppendLine("| format | ideas | status | first export ms | warm median ms (min–max) | first byte ms (warm median) | size KB | host CPU s (warm median) | RSS before MB | peak MB (max) | peak − RSS before the first MB | RSS after the last MB |");
    report.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var group in results.GroupBy(r => (r.Format, r.Ideas)))
    {
        var all = group.ToList();
        var warm = all.Skip(1).Select(r => r.Ms).Order().ToList();
        var status = all.All(r => r.Problem is null) ? "ok" : $"**FAILED** ({all.First(r => r.Problem is not null).Status})";
        if (status == "ok" && goalFormats.Contains(group.Key.Format) && group.Key.Ideas == ideas)
        {
            status = all.All(r => r.Ms <= goalSeconds * 1000) ? $"ok, under {F(goalSeconds, "0.#")} s" : $"**over {F(goalSeconds, "0.#")} s**";
        }
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {group.Key.Format} | {group.Key.Ideas:N0} | {status} | {F(all[0].Ms, "0")} | " +
            $"{(warm.Count == 0 ? "–" : $"{F(Median(warm), "0")} ({F(warm[0], "0")}–{F(warm[^1], "0")})")} | " +
            $"{F(Median((all.Count > 1 ? all.Skip(1) : all).Select(r => r.FirstByteMs).Order().ToList()), "0")} | {F(all[0].Bytes / 1024.0, "0")} | " +
            $"{F(Median(all.Skip(1).Select(r => r.CpuSeconds).Order().ToList().DefaultIfEmpty(all[0].CpuSeconds).ToList()), "0.00")} | " +
            $"{F(all[0].RssBeforeMb, "0")} | {F(all.Max(r => r.PeakMb), "0")} | {F(all.Max(r => r.PeakMb) - all[0].RssBeforeMb, "0")} | {F(all[^1].RssAfterMb, "0")} |");
    }
    if (processes.Count == 2)
    {
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Growth from {processes[1].Ideas:N0} to {processes[0].Ideas:N0} ideas (memory: the set's peak − RSS before its first export; time: warm median):");
        report.AppendLine();
        report.AppendLine("| format | memory per 1,000 more ideas MB | output per 1,000 more ideas KB | memory growth ÷ output growth | time per 1,000 more ideas ms (warm median) |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        var thousands = (processes[0].Ideas - processes[1].Ideas) / 1000.0;
        foreach (var format in formats)
        {
            var full = results.Where(r => r.Format == format && r.Ideas == processes[0].Ideas).ToList();
            var half = results.Where(r => r.Format == format && r.Ideas == processes[1].Ideas).ToList();
            if (full.Any(r => r.Problem is not null) || half.Any(r => r.Problem is not null))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {format} | – | – | – | – |");
                continue;
            }
            var memoryGrowth = full.Max(r => r.PeakMb) - full[0].RssBeforeMb - (half.Max(r => r.PeakMb) - half[0].RssBeforeMb);
            var outputGrowth = (full[0].Bytes - half[0].Bytes) / 1024.0;
            var timeGrowth = Median(full.Skip(1).Select(r => r.Ms).Order().ToList().DefaultIfEmpty(full[0].Ms).ToList()) -
                             Median(half.Skip(1).Select(r => r.Ms).Order().ToList().DefaultIfEmpty(half[0].Ms).ToList());
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {format} | {F(memoryGrowth / thousands)} | {F(outputGrowth / thousands)} | {(outputGrowth > 0 ? F(memoryGrowth * 1024 / outputGrowth, "0.0") : "–")} | {F(timeGrowth / thousands, "0")} |");
        }
    }
    if (failures.Count > 0)
    {
        report.AppendLine();
        report.AppendLine("Failures:");
        report.AppendLine();
        foreach (var failure in failures)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {failure}");
        }
    }
    Console.WriteLine();
    Console.Write(report);
    await File.WriteAllTextAsync(Path.Combine(outDirectory, "summary.md"), report.ToString());
    await File.WriteAllTextAsync(Path.Combine(outDirectory, "exports.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    exit = failures.Count == 0 ? 0 : 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"FAILED: {e}");
    exit = 1;
}
finally
{
    if (host is not null)
    {
        await host.DisposeAsync();
    }
    if (!options.Has("keep"))
    {
        Directory.Delete(dataDirectory, recursive: true);
    }
}
return exit;

static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

static async Task<Export> ExportAsync(HttpClient http, string admin, Memory memory, Child host, Seeded process, string format, int run, string? save)
{
    var peakReset = memory.ResetPeak();
    var before = memory.RssMb;
    var cpu = host.CpuSeconds;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(() => memory.SampleMaxAsync(sampling.Token));
    var watch = Stopwatch.StartNew();
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/processes/{process.ProcessId}/documentation?format={format}");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
    using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    var firstByte = watch.Elapsed.TotalMilliseconds;
    // The body goes to a file for the first run (to look at, and to check), else it is only counted.
    await using (var target = save is not null && answer.IsSuccessStatusCode ? File.Create(save) : Stream.Null)
    await using (var body = await answer.Content.ReadAsStreamAsync())
    {
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        var head = new MemoryStream();
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            await target.WriteAsync(buffer.AsMemory(0, read));
            if (head.Length < 4096)
            {
                head.Write(buffer, 0, Math.Min(read, 4096));
            }
        }
        var ms = watch.Elapsed.TotalMilliseconds;
        await sampling.CancelAsync();
        var sampled = await sampler;
        var peak = Math.Max(sampled, peakReset ? memory.PeakMb : 0);
        var after = memory.RssMb;
        var cpuSeconds = host.CpuSeconds - cpu;
        string? problem = null;
        if (!answer.IsSuccessStatusCode)
        {
            var said = Encoding.UTF8.GetString(head.ToArray()).ReplaceLineEndings(" ");
            problem = $"HTTP {(int)answer.StatusCode}: {said[..Math.Min(200, said.Length)]}";
        }
        else if (bytes == 0)
        {
            problem = "empty body";
        }
        else if (save is not null)
        {
            await target.FlushAsync();
            target.Close();
            problem = Contents.Check(format, save);
        }
        return new Export(format, process.Ideas, run, (int)answer.StatusCode, ms, firstByte, bytes, before, peak, after, cpuSeconds, peakReset, problem);
    }
}


public sealed record Export(string Format, int Ideas, int Run, int Status, double Ms, double FirstByteMs, long Bytes,
    double RssBeforeMb, double PeakMb, double RssAfterMb, double CpuSeconds, bool PeakReset, string? Problem);

/// <summary>A light check that an export holds what was seeded: the text formats name a German and an Arabic idea, the others are what their magic bytes say.</summary>
internal static class Contents
{
    public static string? Check(string format, string path)
    {
        switch (format)
        {
            case "docx" or "xlsx":
                return Starts(path, "PK\u0003\u0004"u8) ? null : "not a ZIP package";
            case "pdf":
                return Starts(path, "%PDF-"u8) ? null : "does not start with %PDF-";
            case "json":
                using (var stream = File.OpenRead(path))
                using (var document = JsonDocument.Parse(stream))
                {
                    var strings = Strings(document.RootElement).ToList();
                    return Missing(s => strings.Any(v => v.Contains(s, StringComparison.Ordinal)));
                }
            default:
                var text = File.ReadAllText(path, Encoding.UTF8);
                return Missing(s => text.Contains(s, StringComparison.Ordinal));
        }
    }

    private static string? Missing(Func<string, bool> has)
    {
        var missing = new[] { Texts.GermanSentinel, Texts.ArabicSentinel }.Where(s => !has(s)).ToList();
        return missing.Count == 0 ? null : $"does not contain {string.Join(" / ", missing.Select(m => $"\"{m}\""))}";
    }

    private static bool Starts(string path, ReadOnlySpan<byte> magic)
    {
        Span<byte> head = stackalloc byte[magic.Length];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, magic.Length, throwOnEndOfStream: false) == magic.Length && head.SequenceEqual(magic);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
