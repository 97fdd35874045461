namespace Participation.Api.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>Participation:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seconds SQLite waits for a lock before it reports the database as busy.</summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 30;
}
