using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Api.Data;

/// <summary>
/// The one DbContext of the system. Each provider has a subclass so that its
/// migrations live apart (<see cref="SqliteParticipationDb"/>, <see cref="PostgresParticipationDb"/>);
/// features only ever ask for this type.
/// </summary>
public abstract class ParticipationDb(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Process> Processes => Set<Process>();
    public DbSet<ThematicArea> Areas => Set<ThematicArea>();
    public DbSet<ProcessMembership> Memberships => Set<ProcessMembership>();
    public DbSet<Series> Series => Set<Series>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventArea> EventAreas => Set<EventArea>();
    public DbSet<Session> Sessions => Set<Session>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParticipationDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
