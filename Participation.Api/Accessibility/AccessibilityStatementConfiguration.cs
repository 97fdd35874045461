using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Api.Accessibility;

internal sealed class AccessibilityStatementConfiguration : IEntityTypeConfiguration<AccessibilityStatement>
{
    public void Configure(EntityTypeBuilder<AccessibilityStatement> statement)
    {
        // Two organisers saving at once both compute the same number; the unique index refuses the second.
        statement.HasIndex(s => s.Version).IsUnique();
        statement.Property(s => s.Compliance).HasConversion<string>().HasMaxLength(20);
        statement.Property(s => s.ContactEmail).HasMaxLength(254);
        statement.Property(s => s.CreatedByName).HasMaxLength(200);
    }
}
