using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Participation.Web;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// The real Participation.Web host in memory, on its own data directory (SQLite by default,
/// PostgreSQL when <see cref="PostgresConnectionString"/> is set). Settings are passed with
/// UseSetting, which reaches the app as command-line arguments, so they are visible while
/// Program builds its services and win over appsettings.json.
/// The entry point is named by <see cref="SharedResource"/>, a public type of Participation.Web: both
/// projects have an internal top-level <c>Program</c> visible to the tests, so that name is ambiguous
/// here, and an internal type argument cannot appear in a public fixture.
/// </summary>
public sealed class ParticipationFactory : WebApplicationFactory<SharedResource>
{
    public const string AdminEmail = "admin@participation.test";
    public const string AdminPassword = "Kreistag-Schluessel-2026";

    private bool cleanedUp;

    /// <summary>A fresh folder per factory; give an existing one to start on the data of an earlier host.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leave the data directory on disk when the host is disposed, for a restart on the same data.</summary>
    public bool KeepDataDirectory { get; init; }

    /// <summary>Runs the host on PostgreSQL with this database instead of SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>
    /// Keep the installation's rate limits. Without it every policy is raised out of reach, because tests post
    /// hundreds of requests from one address within a minute; the rate-limit tests set their own.
    /// </summary>
    public bool DefaultRateLimits { get; init; }

    /// <summary>A logger provider that sees what the host logs (after the host's own filters).</summary>
    public ILoggerProvider? LoggerProvider { get; init; }

    /// <summary>Further configuration, such as <c>Participation:SeedDemo</c> or a limit.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>The app's clock instead of the real one (a <c>FakeTimeProvider</c> to let hours pass).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
        builder.UseEnvironment("Testing");
        // Serve the built scripts and their compressed copies from the build output, as `dotnet run` does
        // (outside Development that only happens after `dotnet publish`).
        builder.UseStaticWebAssets();
        builder.UseSetting("Participation:DataDirectory", DataDirectory);
        builder.UseSetting("Participation:Admin:Email", AdminEmail);
        builder.UseSetting("Participation:Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Participation:Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Participation", PostgresConnectionString);
        }
        if (!DefaultRateLimits)
        {
            foreach (var policy in new[] { "Login", "Registration", "Join", "Ideas", "Contributions" })
            {
                builder.UseSetting($"Participation:RateLimits:{policy}:PermitLimit", "1000000");
            }
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (LoggerProvider is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(LoggerProvider));
        }
    }

    /// <summary>Starts the host on a real Kestrel port (for SignalR clients and browsers) and returns its address.</summary>
    public string StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        CleanUp();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            CleanUp();
        }
    }

    private void CleanUp()
    {
        if (cleanedUp)
        {
            return;
        }
        cleanedUp = true;
        // Pooled connections keep the database file open; a restarted host must read it from disk.
        SqliteConnection.ClearAllPools();
        if (!KeepDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
