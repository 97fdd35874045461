using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Participation.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// The PostgreSQL server of the test run, started on first use. In this order: the server named by
/// <c>PARTICIPATION_TEST_POSTGRES</c> (what .ci/run starts), a Testcontainers container when a Docker
/// engine answers, a throw-away cluster from the local binaries. Without any of them the tests fail.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "PARTICIPATION_TEST_POSTGRES";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? adminConnectionString;
    private IAsyncDisposable? owned;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (owned is not null)
        {
            await owned.DisposeAsync();
        }
    }

    /// <summary>A new, empty database for one test (or one restart scenario).</summary>
    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var admin = await AdminConnectionStringAsync();
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var database = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(admin, name, database.ConnectionString);
    }

    private async Task<string> AdminConnectionStringAsync()
    {
        await gate.WaitAsync();
        try
        {
            return adminConnectionString ??= await StartAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }
        try
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            owned = container;
            return container.GetConnectionString();
        }
        catch (DockerUnavailableException)
        {
            // No container engine here; the local binaries are the last way.
        }
        if (LocalPostgresCluster.FindBinaries() is { } binaries)
        {
            var cluster = await LocalPostgresCluster.StartAsync(binaries);
            owned = cluster;
            return cluster.ConnectionString;
        }
        throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server, and none was found. Provide one of: " +
            $"(1) the environment variable {Variable} with the connection string of a superuser, for example " +
            $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...\"; " +
            "(2) a running Docker engine (Testcontainers starts postgres:16-alpine); " +
            "(3) the PostgreSQL server binaries (Debian: apt-get install postgresql, giving /usr/lib/postgresql/*/bin/initdb and pg_ctl).");
    }
}

/// <summary>One database of the test server; dropped again on dispose.</summary>
public sealed class TestDatabase(string adminConnectionString, string name, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
