using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Participation.Bench;

// The annual report benchmark (issue 11): the host (Release) on SQLite in a fresh data directory, one process with
// --bodies bodies, --recommendations recommendations, --measures measures and --indicators indicators over --years
// years and --municipalities municipalities, built through the API; then GET /api/processes/{id}/report?year=&format=
// for every --formats format --runs times, each format in a freshly started host on the same data (its first report is
// a cold one), with wall time, size and the host's memory. Exits 1 if a report fails or PDF takes longer than --goal-seconds.
var options = Options.Parse(args);
if (options.Has("help"))
{
    Console.WriteLine("""
        AnnualReport [--formats pdf,docx,html] [--runs 3] [--year (this year)] [--bodies 10] [--members 12] [--meetings 3]
                     [--recommendations 200] [--measures 100] [--indicators 40] [--years 10] [--municipalities 20]
                     [--parallel 4] [--goal-seconds 5] [--goal-formats pdf]
                     [--web-dll Participation.Web/bin/Release/net10.0/Participation.Web.dll] [--out DIR] [--keep]
                     [--host-args "--Name=value ..."] (more settings for the host)
        Starts the host itself (a free port, a fresh directory under /tmp): once to seed, then once per format on the same
        data; stops it each time by its own process id.
        """);
    return 2;
}
var formats = options.Text("formats", "pdf,docx,html").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(f => f.ToLowerInvariant()).ToArray();
var runs = options.Int("runs", 3);
var goalSeconds = options.Double("goal-seconds", 5);
var goalFormats = options.Text("goal-formats", "pdf").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var seed = new SeedSettings(options.Int("year", DateTime.UtcNow.Year), options.Int("bodies", 10), options.Int("members", 12),
    options.Int("meetings", 3), options.Int("recommendations", 200), options.Int("measures", 100), options.Int("indicators", 40),
    options.Int("years", 10), options.Int("municipalities", 20), options.Int("parallel", 4));
var webDll = Path.GetFullPath(options.Text("web-dll", "Participation.Web/bin/Release/net10.0/Participation.Web.dll"));
if (!File.Exists(webDll))
{
    Console.Error.WriteLine($"{webDll} not found: build Participation.Web in Release first.");
    return 2;
}
var work = Directory.CreateTempSubdirectory("annual-report.").FullName;
var outDirectory = Path.GetFullPath(options.Text("out", Path.Combine(work, "out")));
Directory.CreateDirectory(outDirectory);
var dataDirectory = Path.Combine(work, "data");
var baseUrl = new Uri($"http://127.0.0.1:{Child.FreePort()}");
string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
string Load() => File.ReadAllText("/proc/loadavg").Trim();

Console.WriteLine($"work directory {work}, reports in {outDirectory}; host on {baseUrl}");
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
    var (seedHost, seedApi, seedMemory) = await StartHostAsync(http);
    Console.WriteLine($"host pid {seedHost.Pid} (seeding), RSS after start {F(seedMemory.RssMb, "0")} MB");
    Console.WriteLine($"== seeding: {seed}");
    var seeded = await new Seeder(seedApi).SeedAsync(seed, CancellationToken.None);
    Console.WriteLine($"  {seeded.Bodies} bodies, {seeded.Members} members, {seeded.Meetings} meetings, {seeded.Recommendations} recommendations " +
                      $"({seeded.Decided} decided in {seed.Year}), {seeded.Measures} measures ({seeded.StatusChanges} status changes), " +
                      $"{seeded.Indicators} indicators with {seeded.Values} values in {F(seeded.Seconds)} s; host RSS {F(seedMemory.RssMb, "0")} MB");

    var results = new List<Report>();
    var idle = new List<double>();
    foreach (var format in formats)
    {
        var (reportHost, reportApi, memory) = await StartHostAsync(http);
        idle.Add(memory.RssMb);
        Console.WriteLine($"== {format}: host pid {reportHost.Pid}, RSS after start and login {F(memory.RssMb, "0")} MB, load average {Load()}");
        for (var run = 1; run <= runs; run++)
        {
            var save = run == 1 ? Path.Combine(outDirectory, $"report-{seed.Year}.{format}") : null;
            var report = await Reports.GetAsync(http, reportApi.Admin!, memory, reportHost, seeded.ProcessId, seed.Year, format, run, save);
            results.Add(report);
            Console.WriteLine($"  run {run}: {report.Status} in {F(report.Ms, "0")} ms (first byte {F(report.FirstByteMs, "0")} ms), {F(report.Bytes / 1024.0, "0")} KB; " +
                              $"RSS {F(report.RssBeforeMb, "0")} → peak {F(report.PeakMb, "0")} → {F(report.RssAfterMb, "0")} MB; host CPU {F(report.CpuSeconds, "0.00")} s" +
                              (report.Problem is null ? "" : $"; FAILED: {report.Problem}"));
            if (report.Problem is not null)
            {
                failures.Add($"{format}, run {run}: {report.Problem}");
            }
            else if (goalFormats.Contains(format) && report.Ms > goalSeconds * 1000)
            {
                failures.Add($"{format}, run {run}: {F(report.Ms / 1000, "0.00")} s, over the goal of {F(goalSeconds, "0.#")} s");
            }
        }
    }

    var table = new StringBuilder();
    table.AppendLine(CultureInfo.InvariantCulture,
        $"### Annual report {seed.Year}: {seeded.Bodies} bodies ({seeded.Members} members, {seeded.Meetings} meetings), {seeded.Recommendations} recommendations " +
        $"({seeded.Decided} decided in the year), {seeded.Measures} measures, {seeded.Indicators} indicators × {seed.Years} years × {seed.Municipalities} municipalities + county ({seeded.Values:N0} values)");
    table.AppendLine();
    table.AppendLine(CultureInfo.InvariantCulture,
        $"seeded through the API in {F(seeded.Seconds)} s; load average at the end: {Load()}; each format in a fresh host, RSS after start and login {F(idle.DefaultIfEmpty().Min(), "0")}–{F(idle.DefaultIfEmpty().Max(), "0")} MB");
    table.AppendLine();
    table.AppendLine("| format | status | first report ms | warm median ms (min–max) | first byte ms (warm median) | size KB | host CPU s (warm median) | RSS before MB | peak MB (max) | RSS after the last MB |");
    table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var group in results.GroupBy(r => r.Format))
    {
        var all = group.ToList();
        var warm = all.Skip(1).Select(r => r.Ms).Order().ToList();
        var rest = all.Count > 1 ? all.Skip(1).ToList() : all;
        var status = all.All(r => r.Problem is null) ? "ok" : $"**FAILED** ({all.First(r => r.Problem is not null).Status})";
        if (status == "ok" && goalFormats.Contains(group.Key))
        {
            status = all.All(r => r.Ms <= goalSeconds * 1000) ? $"ok, under {F(goalSeconds, "0.#")} s" : $"**over {F(goalSeconds, "0.#")} s**";
        }
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {group.Key} | {status} | {F(all[0].Ms, "0")} | {(warm.Count == 0 ? "–" : $"{F(Reports.Median(warm), "0")} ({F(warm[0], "0")}–{F(warm[^1], "0")})")} | " +
            $"{F(Reports.Median(rest.Select(r => r.FirstByteMs).Order().ToList()), "0")} | {F(all[0].Bytes / 1024.0, "0")} | " +
            $"{F(Reports.Median(rest.Select(r => r.CpuSeconds).Order().ToList()), "0.00")} | {F(all[0].RssBeforeMb, "0")} | {F(all.Max(r => r.PeakMb), "0")} | {F(all[^1].RssAfterMb, "0")} |");
    }
    if (failures.Count > 0)
    {
        table.AppendLine();
        table.AppendLine("Failures:");
        table.AppendLine();
        failures.ForEach(f => table.AppendLine(CultureInfo.InvariantCulture, $"- {f}"));
    }
    Console.WriteLine();
    Console.Write(table);
    await File.WriteAllTextAsync(Path.Combine(outDirectory, "summary.md"), table.ToString());
    await File.WriteAllTextAsync(Path.Combine(outDirectory, "reports.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
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
