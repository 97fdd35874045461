using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.Api.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without it the driver retries a busy database after
/// sleeping 150 ms, so under many writers the lock stands idle between holders (measured in
/// bench/RESULTS.md); SQLite's own handler takes the lock within a few milliseconds of its release.
/// The setting belongs to the native connection, which the pool keeps: it is set once per native
/// connection, not on every open of a pooled one.
/// </summary>
internal sealed class SqliteBusyTimeout(int seconds) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || done.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000};";
        command.ExecuteNonQuery();
        done.AddOrUpdate(handle, handle);
    }
}
