using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Participation.Bench;

// The registration burst: a real SMTP server, the host on SQLite in a fresh data directory, one event with
// --capacity places, --registrations sign-ups from --clients concurrent clients, then the outbox drained to the
// SMTP server and the place holders confirmed through the links in their emails. Exits 1 if a check fails.
var options = Options.Parse(args);
if (options.Has("help"))
{
    Console.WriteLine("""
        RegistrationBurst [--registrations 2000] [--capacity 500] [--clients 200] [--confirm-clients 200]
                          [--web-dll Participation.Web/bin/Release/net10.0/Participation.Web.dll] [--python /usr/bin/python3]
                          [--poll-seconds 1] [--drain-timeout 600] [--goal-seconds 30] [--out DIR] [--keep]
                          [--host-args "--Name=value ..."] (more settings for the host, e.g. to log EF commands)
        Starts aiosmtpd and the host itself (free ports, a fresh directory under /tmp) and stops both at the end.
        """);
    return 2;
}
var registrations = options.Int("registrations", 2000);
var capacity = options.Int("capacity", 500);
var clients = options.Int("clients", 200);
var confirmClients = options.Int("confirm-clients", clients);
var goalSeconds = options.Double("goal-seconds", 30);
var drainLimit = TimeSpan.FromSeconds(options.Int("drain-timeout", 600));
var webDll = Path.GetFullPath(options.Text("web-dll", "Participation.Web/bin/Release/net10.0/Participation.Web.dll"));
if (!File.Exists(webDll))
{
    Console.Error.WriteLine($"{webDll} not found: build Participation.Web in Release first.");
    return 2;
}

var work = Directory.CreateTempSubdirectory("registration-burst.").FullName;
var maildir = Path.Combine(work, "maildir"); // must not exist: aiosmtpd's Mailbox creates it
var dataDirectory = Path.Combine(work, "data");
var smtpPort = Child.FreePort();
var webPort = Child.FreePort();
var baseUrl = new Uri($"http://127.0.0.1:{webPort}");
var figures = new List<(string Name, string Value)>();
var checks = new List<(string Name, bool Ok, string Detail)>();
void Figure(string name, string value)
{
    figures.Add((name, value));
    Console.WriteLine($"  {name}: {value}");
}
void Check(string name, bool ok, string detail)
{
    checks.Add((name, ok, detail));
    Console.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {name}: {detail}");
}
string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

Console.WriteLine($"work directory {work}; SMTP on {smtpPort}, host on {webPort}");
Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
await using var smtp = Child.Start(options.Text("python", "/usr/bin/python3"),
    ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{smtpPort}", "-c", "aiosmtpd.handlers.Mailbox", maildir], work, Path.Combine(work, "smtp.log"));
await Child.WaitForPortAsync(smtpPort, smtp, TimeSpan.FromSeconds(20), "aiosmtpd");

const string AdminEmail = "admin@bench.test";
const string AdminPassword = "Bench-Pass-2026";
await using var host = Child.Start("dotnet", [
    webDll,
    "--urls", baseUrl.ToString().TrimEnd('/'),
    $"--Participation:DataDirectory={dataDirectory}",
    $"--Participation:Admin:Email={AdminEmail}", $"--Participation:Admin:Password={AdminPassword}",
    $"--Participation:Smtp:Host=127.0.0.1", $"--Participation:Smtp:Port={smtpPort}", "--Participation:Smtp:Security=None",
    "--Participation:Smtp:From=beteiligung@bench.test",
    $"--Participation:Outbox:PollSeconds={options.Int("poll-seconds", 1)}",
    "--Logging:LogLevel:Default=Warning",
    .. (options.Optional("host-args") is { } extra ? extra.Split(' ', StringSplitOptions.RemoveEmptyEntries) : []),
], Path.GetDirectoryName(webDll)!, Path.Combine(work, "participation.log"), new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

var exit = 1;
try
{
    using var admin = Api.NewClient(baseUrl, 4);
    await Health.WaitAsync(admin, host);
    var api = new Api(admin);
    await api.LoginAsync(AdminEmail, AdminPassword, CancellationToken.None);
    var (processId, eventId) = await api.OpenEventAsync(capacity, CancellationToken.None);
    Console.WriteLine($"host pid {host.Pid}, smtp pid {smtp.Pid}; event {eventId} with {capacity} places");

    // 1. The burst: every client its own connection pool, all released at once.
    var emails = Enumerable.Range(1, registrations).Select(i => $"person-{i:D5}@burst.test").ToArray();
    var outcomes = new (HttpStatusCode Code, string? Status, double Ms)[registrations];
    var httpClients = Enumerable.Range(0, clients).Select(_ => Api.NewClient(baseUrl, 1)).ToArray();
    var next = -1;
    var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var cpu = CpuSnapshot.Take(host);
    var workers = httpClients.Select(async client =>
    {
        await start.Task;
        int i;
        while ((i = Interlocked.Increment(ref next)) < registrations)
        {
            var body = new { name = $"Person {i + 1}", email = emails[i], privacyConsent = true, organisation = $"Verein {i % 37}", perspective = "Ehrenamt" };
            var watch = Stopwatch.StartNew();
            try
            {
                using var answer = await client.PostAsJsonAsync($"/api/events/{eventId}/registrations", body, Api.Json);
                var receipt = answer.StatusCode == HttpStatusCode.Accepted ? await answer.Content.ReadFromJsonAsync<Receipt>(Api.Json) : null;
                outcomes[i] = (answer.StatusCode, receipt?.Status, watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                outcomes[i] = (0, e.GetType().Name, watch.Elapsed.TotalMilliseconds);
            }
        }
    }).ToList();
    var burstWatch = Stopwatch.StartNew();
    start.SetResult();
    await Task.WhenAll(workers);
    var burstSeconds = burstWatch.Elapsed.TotalSeconds;
    var burstCpu = CpuSnapshot.Take(host).Since(cpu);
    var burstEnded = Stopwatch.StartNew();
    foreach (var client in httpClients)
    {
        client.Dispose();
    }

    Console.WriteLine("== burst");
    var latencies = outcomes.Select(o => o.Ms).Order().ToArray();
    var non202 = outcomes.Count(o => o.Code != HttpStatusCode.Accepted);
    Figure("registrations / clients", $"{registrations} / {clients}");
    Figure("burst wall time", $"{F(burstSeconds, "0.00")} s");
    Figure("requests/s", F(registrations / burstSeconds));
    Figure("latency p50 / p95 / p99 / max", $"{F(Percentile(latencies, 50))} / {F(Percentile(latencies, 95))} / {F(Percentile(latencies, 99))} / {F(latencies[^1])} ms");
    Figure("non-202 answers", non202 == 0 ? "0" : $"{non202} ({string.Join(", ", outcomes.Where(o => o.Code != HttpStatusCode.Accepted).GroupBy(o => $"{(int)o.Code} {o.Status}").Select(g => $"{g.Key}: {g.Count()}"))})");
    Figure("server CPU during burst", $"{F(burstCpu.ServerSeconds, "0.00")} s = {F(burstCpu.ServerSeconds / burstSeconds, "0.00")} cores, {F(burstCpu.ServerSeconds * 1000 / registrations, "0.00")} ms/registration");
    Figure("load tool CPU / other processes", $"{F(burstCpu.ToolSeconds / burstSeconds, "0.00")} / {F(burstCpu.OtherSeconds / burstSeconds, "0.00")} cores");
    var pendingByReceipt = Enumerable.Range(0, registrations).Where(i => outcomes[i].Status == "pending").Select(i => emails[i]).ToHashSet();
    var waitingByReceipt = outcomes.Count(o => o.Status == "waitingList");
    Check("all 202", non202 == 0, $"{registrations - non202} of {registrations}");
    Check($"burst under {goalSeconds} s", burstSeconds < goalSeconds, $"{F(burstSeconds, "0.00")} s");
    Check("receipts: places / waiting", pendingByReceipt.Count == capacity && waitingByReceipt == registrations - capacity,
        $"{pendingByReceipt.Count} pending, {waitingByReceipt} waitingList");
    var summary = await api.SummaryAsync(eventId, CancellationToken.None);
    Check("summary: places / waiting / total", summary.Of("Pending") == capacity && summary.Of("WaitingList") == registrations - capacity && summary.Total == registrations,
        $"Pending {summary.Of("Pending")}, WaitingList {summary.Of("WaitingList")}, Confirmed {summary.Of("Confirmed")}, total {summary.Total}");
    var database = Path.Combine(dataDirectory, "participation.db");
    var registered = await Db.RegistrationsAsync(database);
    Check("registrations: one row per address", registered.Rows == registrations && registered.Distinct == registrations,
        $"{registered.Rows} rows, {registered.Distinct} distinct addresses");
    var outbox = await Db.OutboxAsync(database);
    Check("outbox: one message per address", outbox.Rows == registrations && outbox.Distinct == registrations,
        $"{outbox.Rows} rows, {outbox.Distinct} distinct recipients (at burst end: {outbox.Sent} already sent)");

    // 2. The sender drains the outbox to the SMTP server.
    Console.WriteLine("== drain");
    outbox = await Db.WaitDrainedAsync(database, registrations, drainLimit);
    var drainSeconds = burstEnded.Elapsed.TotalSeconds;
    Figure("outbox drained", $"{F(drainSeconds, "0.0")} s after the burst ({F(burstSeconds + drainSeconds, "0.0")} s after its start), {F(registrations / (burstSeconds + drainSeconds))} msgs/s overall");
    Check("outbox: all sent, none failed or retried", outbox.Sent == registrations && outbox.Failed == 0 && outbox.Retried == 0,
        $"sent {outbox.Sent}, queued {outbox.Queued}, failed {outbox.Failed}, retried {outbox.Retried}");
    var mail = await WaitMailboxAsync(maildir, registrations, TimeSpan.FromSeconds(30));
    var byAddress = mail.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.ToList());
    Check("SMTP: one message per address", mail.Count == registrations && byAddress.Count == registrations && emails.All(byAddress.ContainsKey),
        $"{mail.Count} messages, {byAddress.Count} distinct recipients, {emails.Count(e => !byAddress.ContainsKey(e))} addresses without one");
    Check("SMTP: every message has a confirm link", mail.All(m => m.ConfirmToken is not null), $"{mail.Count(m => m.ConfirmToken is not null)} with /r/confirm/");

    // 3. The place holders confirm with the token in their email.
    Console.WriteLine("== confirm");
    var toConfirm = pendingByReceipt.Where(byAddress.ContainsKey).Select(e => byAddress[e][0].ConfirmToken!).ToArray();
    var confirmOutcomes = new ConcurrentBag<(HttpStatusCode Code, string? Status, double Ms)>();
    using var confirmClient = Api.NewClient(baseUrl, confirmClients);
    var confirmWatch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(toConfirm, new ParallelOptions { MaxDegreeOfParallelism = confirmClients }, async (token, ct) =>
    {
        var watch = Stopwatch.StartNew();
        using var answer = await confirmClient.PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(token)}", null, ct);
        var own = answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<Own>(Api.Json, ct) : null;
        confirmOutcomes.Add((answer.StatusCode, own?.Status, watch.Elapsed.TotalMilliseconds));
    });
    var confirmSeconds = confirmWatch.Elapsed.TotalSeconds;
    var confirmLatencies = confirmOutcomes.Select(o => o.Ms).Order().ToArray();
    Figure("confirmations", $"{toConfirm.Length} from {confirmClients} clients in {F(confirmSeconds, "0.00")} s, {F(toConfirm.Length / confirmSeconds)} /s, " +
        $"p50 / p95 / p99 {F(Percentile(confirmLatencies, 50))} / {F(Percentile(confirmLatencies, 95))} / {F(Percentile(confirmLatencies, 99))} ms");
    Check("confirm: all 200 confirmed", confirmOutcomes.Count == capacity && confirmOutcomes.All(o => o.Code == HttpStatusCode.OK && o.Status == "confirmed"),
        $"{confirmOutcomes.Count(o => o.Status == "confirmed")} of {capacity}");
    summary = await api.SummaryAsync(eventId, CancellationToken.None);
    Check("summary after confirming", summary.Of("Confirmed") == capacity && summary.Of("WaitingList") == registrations - capacity && summary.Of("Pending") == 0,
        $"Confirmed {summary.Of("Confirmed")}, WaitingList {summary.Of("WaitingList")}, Pending {summary.Of("Pending")}");

    // 4. Each confirmation writes a ticket email: those drain too.
    var ticketsWatch = Stopwatch.StartNew();
    outbox = await Db.WaitDrainedAsync(database, registrations + capacity, drainLimit);
    var ticketSeconds = ticketsWatch.Elapsed.TotalSeconds;
    mail = await WaitMailboxAsync(maildir, registrations + capacity, TimeSpan.FromSeconds(30));
    var tickets = mail.Where(m => m.ConfirmToken is null).ToList();
    Figure("ticket emails drained", $"{F(ticketSeconds, "0.0")} s after the last confirmation");
    Check("tickets: one per place holder over SMTP", outbox.Sent == registrations + capacity && tickets.Count == capacity && tickets.Select(t => t.To).ToHashSet().SetEquals(pendingByReceipt),
        $"outbox {outbox.Rows} rows ({outbox.Sent} sent), {tickets.Count} ticket messages to {tickets.Select(t => t.To).Distinct().Count()} place holders");
    Figure("server peak RSS", $"{F(host.PeakRssMb, "0")} MB");

    exit = checks.All(c => c.Ok) ? 0 : 1;
    PrintTable();
    if (options.Optional("out") is { } outDir)
    {
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"registration-burst-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            registrations, capacity, clients, confirmClients,
            burstSeconds, requestsPerSecond = registrations / burstSeconds,
            p50 = Percentile(latencies, 50), p95 = Percentile(latencies, 95), p99 = Percentile(latencies, 99), max = latencies[^1],
            non202, serverCpuSeconds = burstCpu.ServerSeconds, toolCpuSeconds = burstCpu.ToolSeconds, otherCpuSeconds = burstCpu.OtherSeconds,
            drainSecondsAfterBurst = drainSeconds, confirmSeconds, ticketDrainSeconds = ticketSeconds, peakRssMb = host.PeakRssMb,
            checks = checks.Select(c => new { c.Name, c.Ok, c.Detail }),
            latenciesMs = outcomes.Select(o => Math.Round(o.Ms, 2)),
        }, new JsonSerializerOptions { WriteIndented = false }));
        foreach (var log in new[] { "participation.log", "smtp.log" })
        {
            File.Copy(Path.Combine(work, log), Path.Combine(outDir, log), overwrite: true);
        }
        Console.WriteLine($"raw figures: {file}");
    }
}
catch (Exception e)
{
    Console.Error.WriteLine($"FAILED: {e}");
    PrintTable();
}
finally
{
    Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
}
await host.DisposeAsync();
await smtp.DisposeAsync();
if (!options.Has("keep"))
{
    Directory.Delete(work, recursive: true);
}
else
{
    Console.WriteLine($"kept {work}");
}
return exit;

void PrintTable()
{
    Console.WriteLine();
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    foreach (var (name, value) in figures)
    {
        Console.WriteLine($"| {name} | {value} |");
    }
    Console.WriteLine();
    Console.WriteLine("| check | result | detail |");
    Console.WriteLine("|---|---|---|");
    foreach (var (name, ok, detail) in checks)
    {
        Console.WriteLine($"| {name} | {(ok ? "ok" : "**FAILED**")} | {detail} |");
    }
    Console.WriteLine();
    Console.WriteLine(checks.All(c => c.Ok) && checks.Count > 0 ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];


static async Task<List<Delivered>> WaitMailboxAsync(string maildir, int expected, TimeSpan limit)
{
    var until = DateTime.UtcNow + limit;
    while (Mailbox.Count(maildir) < expected && DateTime.UtcNow < until)
    {
        await Task.Delay(200);
    }
    return Mailbox.Read(maildir);
}

/// <summary>Read-only counts straight from the host's SQLite file (WAL: reading never blocks its writer).</summary>
internal static class Db
{
    public sealed record Counts(int Rows, int Distinct, int Queued = 0, int Sent = 0, int Failed = 0, int Retried = 0);

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public static async Task<Counts> RegistrationsAsync(string file)
    {
        await using var connection = Open(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT Email) FROM Registrations";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Counts(reader.GetInt32(0), reader.GetInt32(1));
    }

    public static async Task<Counts> OutboxAsync(string file)
    {
        await using var connection = Open(file);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), COUNT(DISTINCT "To"),
                   COALESCE(SUM(State = 'Queued'), 0), COALESCE(SUM(State = 'Sent'), 0), COALESCE(SUM(State = 'Failed'), 0), COALESCE(SUM(Attempts > 1), 0)
            FROM OutboxMessages
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Counts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
    }

    /// <summary>Until <paramref name="expected"/> rows exist and none is queued (sent or failed), polled every 100 ms.</summary>
    public static async Task<Counts> WaitDrainedAsync(string file, int expected, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        Counts counts;
        while (((counts = await OutboxAsync(file)).Rows < expected || counts.Queued > 0) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        return counts;
    }
}

/// <summary>CPU seconds of the host, this tool and everything else on the machine, from /proc.</summary>
internal sealed record CpuSnapshot(double ServerSeconds, double ToolSeconds, double MachineSeconds)
{
    public double OtherSeconds => MachineSeconds - ServerSeconds - ToolSeconds;

    public static CpuSnapshot Take(Child host)
    {
        var busy = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
        var machine = (busy.Take(8).Sum() - busy[3] - busy[4]) / 100.0;
        return new CpuSnapshot(host.CpuSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, machine);
    }

    public CpuSnapshot Since(CpuSnapshot before) =>
        new(ServerSeconds - before.ServerSeconds, ToolSeconds - before.ToolSeconds, MachineSeconds - before.MachineSeconds);
}
