using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Api.Processes;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> process)
    {
        process.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        process.Property(p => p.TimeZone).HasMaxLength(64);
        process.HasMany(p => p.Areas).WithOne().HasForeignKey(a => a.ProcessId).OnDelete(DeleteBehavior.Cascade);
        process.HasIndex(p => p.Title);
    }
}

internal sealed class ThematicAreaConfiguration : IEntityTypeConfiguration<ThematicArea>
{
    public void Configure(EntityTypeBuilder<ThematicArea> area)
    {
        area.HasIndex(a => new { a.ProcessId, a.Name }).IsUnique();
    }
}
