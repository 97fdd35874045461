using Participation.Bench;

var settings = Settings.Parse(args);
if (settings.Mode == "report")
{
    return Report.Print(settings.Text("dir", "bench/results"));
}
Func<Settings, Results, CancellationToken, Task>? scenario = settings.Mode switch
{
    "fanout" => FanOut.RunAsync,
    "quiet" => Quiet.RunAsync,
    "write-only" => WriteOnly.RunAsync,
    _ => null,
};
if (scenario is null)
{
    Console.WriteLine("""
        BoardLoad fanout     --url U [--connections 1000] [--boards 1] [--posters 20] [--rate 20] [--duration 30] [--batch 50]
        BoardLoad quiet      --url U [--connections 5000] [--boards 50] [--hold 30] [--batch 100]
        BoardLoad write-only --url U [--posters 8] [--duration 20]
        BoardLoad report     --dir bench/results
        common: [--server-pid PID] (else the process listening on the URL's port) [--email E --password P]
                [--scenario a --target bare|participation|... --out DIR] [--timeout 900]
        """);
    return 2;
}

// Every run ends by itself: the whole scenario is bounded by --timeout seconds.
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.Int("timeout", 900)));
var results = new Results(settings);
Console.WriteLine($"{settings.Mode} [{settings.Scenario}] against {settings.Target} at {settings.Url}");
await scenario(settings, results, timeout.Token);
results.Save();
return 0;

public static partial class Program
{
    public static ServerProcess? FindServer(Settings settings)
    {
        var server = ServerProcess.Find(settings.Optional("server-pid") is { } pid ? int.Parse(pid) : null, settings.Url.Port);
        Console.WriteLine(server is null ? "  server process not found: no memory figures" : $"  server pid {server.Pid}");
        return server;
    }

    public static string Email(Settings settings) => settings.Text("email", "admin@bench.test");

    public static string Password(Settings settings) => settings.Text("password", "Bench-Pass-2026");
}
