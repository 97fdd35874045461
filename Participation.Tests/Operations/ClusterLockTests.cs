using Npgsql;
using Participation.Api.Data;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Operations;

/// <summary>Work that must happen once however many instances share one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterLockTests(PostgresServer server)
{
    [Fact]
    public async Task While_one_instance_holds_the_lock_another_does_not_get_it_and_gets_it_once_released()
    {
        await using var database = await server.CreateDatabaseAsync();
        var first = new ClusterLock(DatabaseProvider.Postgres, database.ConnectionString);
        var second = new ClusterLock(DatabaseProvider.Postgres, database.ConnectionString);

        var held = await first.TryAcquireAsync("participation:registration-housekeeping", CancellationToken.None);
        var meanwhile = await second.TryAcquireAsync("participation:registration-housekeeping", CancellationToken.None);
        var otherWork = await second.TryAcquireAsync("participation:another-job", CancellationToken.None);
        await held!.DisposeAsync();
        var afterwards = await second.TryAcquireAsync("participation:registration-housekeeping", CancellationToken.None);

        Assert.Null(meanwhile);
        Assert.NotNull(otherWork);
        Assert.NotNull(afterwards);
        await otherWork!.DisposeAsync();
        await afterwards!.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_starting_at_once_on_an_empty_database_migrate_it_once_and_make_one_administrator()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var a = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        await using var b = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };

        var started = await Task.WhenAll(Task.Run(a.StartOnKestrel), Task.Run(b.StartOnKestrel));

        Assert.Equal(2, started.Distinct().Count());
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM \"AspNetUsers\""));
        var migrations = typeof(PostgresParticipationDb).Assembly.GetTypes()
            .Count(t => t.Namespace?.EndsWith("Migrations.Postgres") == true && t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.True(migrations >= 6, $"found {migrations} migrations");
        Assert.Equal((long)migrations, await ScalarAsync(connection, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
        (await (await a.AdminClientAsync()).GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        (await (await b.AdminClientAsync()).GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
