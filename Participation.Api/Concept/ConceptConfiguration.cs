using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Events;
using Participation.Api.Processes;

namespace Participation.Api.Concept;

internal sealed class ConceptDocumentConfiguration : IEntityTypeConfiguration<ConceptDocument>
{
    public void Configure(EntityTypeBuilder<ConceptDocument> document)
    {
        document.HasOne<Process>().WithMany().HasForeignKey(d => d.ProcessId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Sections).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.Property(d => d.Version).HasMaxLength(64);
    }
}

internal sealed class ConceptSectionConfiguration : IEntityTypeConfiguration<ConceptSection>
{
    public void Configure(EntityTypeBuilder<ConceptSection> section)
    {
        section.Property(s => s.Code).HasMaxLength(16);
        section.Property(s => s.Number).HasMaxLength(32);
        section.HasIndex(s => s.Code).IsUnique();
        section.HasIndex(s => new { s.DocumentId, s.Position });
        section.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Cascade);
        section.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SectionAreaConfiguration : IEntityTypeConfiguration<SectionArea>
{
    public void Configure(EntityTypeBuilder<SectionArea> link)
    {
        link.HasKey(l => new { l.SectionId, l.AreaId });
        link.HasOne<ThematicArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SectionEventConfiguration : IEntityTypeConfiguration<SectionEvent>
{
    public void Configure(EntityTypeBuilder<SectionEvent> link)
    {
        link.HasKey(l => new { l.SectionId, l.EventId });
        link.HasOne<Event>().WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> contribution)
    {
        contribution.HasOne<ConceptSection>().WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Cascade);
        contribution.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        contribution.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        contribution.Property(c => c.DeviceHash).HasMaxLength(64);
        contribution.HasIndex(c => new { c.SectionId, c.State });
        contribution.HasIndex(c => new { c.DeviceHash, c.CreatedAt });
    }
}

internal sealed class ContributionSupportConfiguration : IEntityTypeConfiguration<ContributionSupport>
{
    public void Configure(EntityTypeBuilder<ContributionSupport> support)
    {
        support.HasKey(s => new { s.ContributionId, s.DeviceHash });
        support.Property(s => s.DeviceHash).HasMaxLength(64);
        support.HasOne<Contribution>().WithMany().HasForeignKey(s => s.ContributionId).OnDelete(DeleteBehavior.Cascade);
    }
}
