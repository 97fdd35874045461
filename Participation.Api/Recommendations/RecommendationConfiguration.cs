using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Bodies;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Processes;

namespace Participation.Api.Recommendations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.HasOne<Process>().WithMany().HasForeignKey(r => r.ProcessId).OnDelete(DeleteBehavior.Cascade);
        recommendation.HasOne<ThematicArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.SetNull);
        recommendation.HasOne<Body>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.SetNull);
        recommendation.HasOne<ConceptSection>().WithMany().HasForeignKey(r => r.SectionId).OnDelete(DeleteBehavior.SetNull);
        recommendation.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        recommendation.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        recommendation.Property(r => r.DecisionResult).HasConversion<string>().HasMaxLength(24);
        recommendation.Property(r => r.Title).HasMaxLength(300);
        recommendation.Property(r => r.Committee).HasMaxLength(200);
        recommendation.Property(r => r.DecisionReference).HasMaxLength(64);
        recommendation.HasIndex(r => new { r.ProcessId, r.State });
    }
}

internal sealed class RecommendationSourceConfiguration : IEntityTypeConfiguration<RecommendationSource>
{
    public void Configure(EntityTypeBuilder<RecommendationSource> source)
    {
        source.HasOne<Recommendation>().WithMany().HasForeignKey(s => s.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        source.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        source.HasOne<Contribution>().WithMany().HasForeignKey(s => s.ContributionId).OnDelete(DeleteBehavior.Cascade);
        source.HasIndex(s => new { s.RecommendationId, s.IdeaId }).IsUnique();
        source.HasIndex(s => new { s.RecommendationId, s.ContributionId }).IsUnique();
        source.HasIndex(s => s.IdeaId);
        source.HasIndex(s => s.ContributionId);
    }
}

internal sealed class RecommendationStateChangeConfiguration : IEntityTypeConfiguration<RecommendationStateChange>
{
    public void Configure(EntityTypeBuilder<RecommendationStateChange> change)
    {
        change.HasOne<Recommendation>().WithMany().HasForeignKey(c => c.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        change.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.DecisionResult).HasConversion<string>().HasMaxLength(24);
        change.Property(c => c.Committee).HasMaxLength(200);
        change.Property(c => c.DecisionReference).HasMaxLength(64);
        change.HasIndex(c => new { c.RecommendationId, c.CreatedAt });
    }
}
