using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Processes;

namespace Participation.Api.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> @event)
    {
        @event.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        @event.Property(e => e.TimeZone).HasMaxLength(64);
        @event.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.Cascade);
        @event.HasOne<Series>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.SetNull);
        @event.HasMany(e => e.Areas).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        @event.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        @event.HasIndex(e => new { e.ProcessId, e.StartsAt });
        @event.HasIndex(e => e.StartsAt);
    }
}

internal sealed class EventAreaConfiguration : IEntityTypeConfiguration<EventArea>
{
    public void Configure(EntityTypeBuilder<EventArea> link)
    {
        link.HasKey(l => new { l.EventId, l.AreaId });
        link.HasOne<ThematicArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> series)
    {
        series.HasOne<Process>().WithMany().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.HasOne<ThematicArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.SetNull);
        session.HasIndex(s => new { s.EventId, s.Position });
    }
}
