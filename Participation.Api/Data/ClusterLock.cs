using System.Collections.Concurrent;
using Npgsql;

namespace Participation.Api.Data;

/// <summary>
/// A lock held by one instance of the installation at a time: a PostgreSQL advisory lock on its own
/// connection, so start-up work (migrations, the first administrator, the demo) and timed jobs run once
/// however many instances share the database. SQLite serves one instance, so a lock in this process does.
/// </summary>
public sealed class ClusterLock(DatabaseProvider provider, string? postgresConnectionString)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> local = new();

    /// <summary>Waits until this instance holds the lock.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken ct) =>
        await TakeAsync(name, wait: true, ct) ?? throw new InvalidOperationException($"The lock {name} was not taken although waited for.");

    /// <summary>The lock if no other instance holds it now, else null.</summary>
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct) => TakeAsync(name, wait: false, ct);

    private async Task<IAsyncDisposable?> TakeAsync(string name, bool wait, CancellationToken ct)
    {
        if (provider != DatabaseProvider.Postgres)
        {
            var gate = local.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
            if (wait)
            {
                await gate.WaitAsync(ct);
            }
            else if (!await gate.WaitAsync(0, ct))
            {
                return null;
            }
            return new LocalHold(gate);
        }

        var connection = new NpgsqlConnection(postgresConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                wait ? "SELECT pg_advisory_lock(hashtext(@name)), true" : "SELECT 0, pg_try_advisory_lock(hashtext(@name))", connection);
            command.Parameters.AddWithValue("name", name);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            if (!reader.GetBoolean(1))
            {
                await connection.DisposeAsync();
                return null;
            }
            return new PostgresHold(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class LocalHold(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Closing the session would release the lock as well; unlocking first returns the pooled connection clean.</summary>
    private sealed class PostgresHold(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
                command.Parameters.AddWithValue("name", name);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
