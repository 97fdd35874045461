using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participation.Api.Data;

public sealed class SqliteParticipationDb(DbContextOptions<SqliteParticipationDb> options) : ParticipationDb(options);

/// <summary>Used by <c>dotnet ef migrations add ... --context SqliteParticipationDb</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParticipationDb>
{
    public SqliteParticipationDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParticipationDb>().UseSqlite("Data Source=design.db").Options);
}
