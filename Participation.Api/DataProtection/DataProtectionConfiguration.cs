using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Processes;

namespace Participation.Api.DataProtection;

internal sealed class PrivacyNoticeConfiguration : IEntityTypeConfiguration<PrivacyNotice>
{
    public void Configure(EntityTypeBuilder<PrivacyNotice> notice)
    {
        notice.HasOne<Process>().WithMany().HasForeignKey(n => n.ProcessId).OnDelete(DeleteBehavior.Cascade);
        notice.HasIndex(n => new { n.ProcessId, n.Version }).IsUnique();
        notice.Property(n => n.CreatedByName).HasMaxLength(200);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.Property(e => e.AccountName).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(200);
        entry.Property(e => e.Method).HasMaxLength(10);
        entry.Property(e => e.Targets).HasMaxLength(1000);
        entry.Property(e => e.Detail).HasMaxLength(500);
        // No foreign keys: the log outlives deleted processes and accounts.
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.ProcessId, e.At });
    }
}
