using System.Diagnostics;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster from the installed binaries: a temporary folder, a free loopback
/// port, trust authentication. PostgreSQL refuses to run as root, so as root it runs as <c>postgres</c>.
/// </summary>
internal sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string binaries;
    private readonly string folder;

    private LocalPostgresCluster(string binaries, string folder, int port)
    {
        this.binaries = binaries;
        this.folder = folder;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public string ConnectionString { get; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>The newest /usr/lib/postgresql/*/bin that has initdb and pg_ctl, or null.</summary>
    public static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }
        return Directory.GetDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    public static async Task<LocalPostgresCluster> StartAsync(string binaries)
    {
        var folder = Directory.CreateTempSubdirectory("participation-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }
        var cluster = new LocalPostgresCluster(binaries, folder, LoopbackPorts.Free());
        var port = new Npgsql.NpgsqlConnectionStringBuilder(cluster.ConnectionString).Port;
        await cluster.RunPostgresToolAsync("initdb", ["-D", cluster.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        await cluster.RunPostgresToolAsync("pg_ctl", [
            "-D", cluster.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPostgresToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPostgresToolAsync(string tool, string[] arguments)
    {
        var program = Path.Combine(binaries, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);
    }

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await output}{await errors}");
        }
    }
}
