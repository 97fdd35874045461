using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Processes;

namespace Participation.Api.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasOne<Process>().WithMany().HasForeignKey(i => i.ProcessId).OnDelete(DeleteBehavior.Cascade);
        indicator.HasOne<ThematicArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.SetNull);
        indicator.Property(i => i.Direction).HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.Name).HasMaxLength(300);
        indicator.Property(i => i.Unit).HasMaxLength(64);
        indicator.Property(i => i.Target).HasPrecision(18, 4);
        indicator.HasIndex(i => new { i.ProcessId, i.Name }).IsUnique();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        value.Property(v => v.Municipality).HasMaxLength(120);
        value.Property(v => v.Value).HasPrecision(18, 4);
        value.HasIndex(v => new { v.IndicatorId, v.Year, v.Municipality }).IsUnique();
    }
}
