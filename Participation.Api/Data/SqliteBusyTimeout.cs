using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.Api.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without it the driver retries a busy database after
/// sleeping 150 ms, so under many writers the lock stands idle between holders (measured in
/// bench/RESULTS.md); SQLite's own handler takes the lock within a few milliseconds of its release.
/// </summary>
internal sealed class SqliteBusyTimeout(int seconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000};";
        command.ExecuteNonQuery();
    }
}
