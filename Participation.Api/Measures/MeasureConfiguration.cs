using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Concept;
using Participation.Api.Processes;
using Participation.Api.Recommendations;

namespace Participation.Api.Measures;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> measure)
    {
        measure.HasOne<Process>().WithMany().HasForeignKey(m => m.ProcessId).OnDelete(DeleteBehavior.Cascade);
        measure.HasOne<ThematicArea>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.SetNull);
        measure.HasMany(m => m.Activities).WithOne().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.Cascade);
        measure.HasMany(m => m.Recommendations).WithOne().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        measure.HasMany(m => m.Sections).WithOne().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.Cascade);
        measure.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        measure.Property(m => m.Title).HasMaxLength(300);
        measure.Property(m => m.ResponsibleOrganisation).HasMaxLength(300);
        measure.HasIndex(m => new { m.ProcessId, m.Status });
    }
}

internal sealed class MeasureRecommendationConfiguration : IEntityTypeConfiguration<MeasureRecommendation>
{
    public void Configure(EntityTypeBuilder<MeasureRecommendation> link)
    {
        link.HasKey(l => new { l.MeasureId, l.RecommendationId });
        link.HasOne<Recommendation>().WithMany().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.RecommendationId);
    }
}

internal sealed class MeasureSectionConfiguration : IEntityTypeConfiguration<MeasureSection>
{
    public void Configure(EntityTypeBuilder<MeasureSection> link)
    {
        link.HasKey(l => new { l.MeasureId, l.SectionId });
        link.HasOne<ConceptSection>().WithMany().HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.SectionId);
    }
}

internal sealed class MeasureActivityConfiguration : IEntityTypeConfiguration<MeasureActivity>
{
    public void Configure(EntityTypeBuilder<MeasureActivity> activity)
    {
        activity.HasIndex(a => new { a.MeasureId, a.Year, a.Position });
    }
}

internal sealed class MeasureStatusChangeConfiguration : IEntityTypeConfiguration<MeasureStatusChange>
{
    public void Configure(EntityTypeBuilder<MeasureStatusChange> change)
    {
        change.HasOne<Measure>().WithMany().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        change.HasIndex(c => new { c.MeasureId, c.CreatedAt });
    }
}

internal sealed class ConceptVersionConfiguration : IEntityTypeConfiguration<ConceptVersion>
{
    public void Configure(EntityTypeBuilder<ConceptVersion> version)
    {
        version.HasOne<ConceptDocument>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        version.Property(v => v.Version).HasMaxLength(64);
        version.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}
