using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Participation.Api.Demo;
using Participation.Api.Identity;

namespace Participation.Api.Data;

/// <summary>
/// Runs before the server accepts requests: creates the data directory,
/// migrates the schema, makes sure the first administrator exists and
/// fills the demo process when asked to. With several instances on one database, the first to start
/// does this under the cluster lock and the others wait, then find it done.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services, IOptions<ParticipationOptions> options, DatabaseOptions database, ClusterLock cluster, ILogger<DatabaseInitializer> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DataDirectory);
        log.LogInformation("Data directory {DataDirectory}, database {Provider}.", options.Value.DataDirectory, database.Provider);
        await using var held = await cluster.AcquireAsync("participation:start-up", cancellationToken);
        // The first key of the data-protection ring is made here, under the lock, so instances that share the
        // data directory and start together sign links with one key instead of each with its own.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("start-up").Protect("key ring");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AdminBootstrap>().RunAsync();
        if (options.Value.SeedDemo)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            log.LogInformation(seeded ? "Demo process created." : "Demo process already present.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
