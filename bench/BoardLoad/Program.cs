using Participation.Bench;

var settings = Settings.Parse(args);
if (settings.Mode == "report")
{
    return Report.Print(settings.Text("dir", "bench/results"), settings.Text("baseline", "bare"));
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
        BoardLoad fanout     --url U[,U2…] [--sources 127.0.0.2,…] [--connections 1000] [--boards 1] [--posters 20] [--rate 20] [--duration 30] [--batch 50]
        BoardLoad quiet      --url U [--connections 5000] [--boards 50] [--hold 30] [--batch 100]
        BoardLoad write-only --url U [--posters 8] [--duration 20]
        BoardLoad report     --dir bench/results [--baseline bare] (the target the ratios divide by)
        common: [--server-pid PID | --server-ports P1,P2] (else the process listening on the URL's port) [--email E --password P]
                [--helper-ports P,…] (nginx, Redis, PostgreSQL: CPU reported apart; fanout)
                fanout: phones take the URLs in turn and, with --sources, the WebSocket source addresses in turn
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
        var server = settings.Ports("server-ports") is { Count: > 0 } ports
            ? ServerProcess.FindAll(ports, withChildren: false)
            : ServerProcess.Find(settings.Optional("server-pid") is { } pid ? int.Parse(pid) : null, settings.Url.Port);
        Console.WriteLine(server is null ? "  server process not found: no memory figures" : $"  server pid {string.Join(", ", server.Pids)}");
        return server;
    }

    /// <summary>nginx, Redis, PostgreSQL (<c>--helper-ports</c>), with the processes they started; null without.</summary>
    public static ServerProcess? FindHelpers(Settings settings)
    {
        if (settings.Ports("helper-ports") is not { Count: > 0 } ports)
        {
            return null;
        }
        var helpers = ServerProcess.FindAll(ports, withChildren: true);
        Console.WriteLine(helpers is null ? "  helper processes not found: their CPU counts as other processes'" : $"  helper pids {string.Join(", ", helpers.Pids)} and their children");
        return helpers;
    }

    public static string Email(Settings settings) => settings.Text("email", "admin@bench.test");

    public static string Password(Settings settings) => settings.Text("password", "Bench-Pass-2026");
}
