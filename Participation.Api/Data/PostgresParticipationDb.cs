using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participation.Api.Data;

public sealed class PostgresParticipationDb(DbContextOptions<PostgresParticipationDb> options) : ParticipationDb(options);

/// <summary>Used by <c>dotnet ef migrations add ... --context PostgresParticipationDb</c>; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParticipationDb>
{
    public PostgresParticipationDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParticipationDb>().UseNpgsql("Host=localhost;Database=participation").Options);
}
