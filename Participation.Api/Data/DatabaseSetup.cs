using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddParticipationDatabase(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection("Participation:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Participation");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Participation:Database:Provider is Postgres, but ConnectionStrings:Participation is empty. " +
                    "Set it, for example ConnectionStrings__Participation=\"Host=localhost;Database=participation;Username=participation;Password=...\".");
            }
            services.AddDbContext<ParticipationDb, PostgresParticipationDb>(db => db.UseNpgsql(connectionString));
        }
        else
        {
            var sqlite = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataDirectory, "participation.db")}" : connectionString)
            {
                DefaultTimeout = options.SqliteBusyTimeoutSeconds,
                Pooling = true,
            };
            var busyTimeout = new SqliteBusyTimeout(options.SqliteBusyTimeoutSeconds);
            services.AddDbContext<ParticipationDb, SqliteParticipationDb>(db => db.UseSqlite(sqlite.ConnectionString).AddInterceptors(busyTimeout));
        }

        services.AddSingleton(options);
        services.AddSingleton(new ClusterLock(options.Provider, connectionString));
        return services;
    }

    /// <summary>Creates or upgrades the schema. SQLite runs in WAL mode so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(ParticipationDb db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
