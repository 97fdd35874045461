using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Processes;

namespace Participation.Api.Identity;

/// <summary>What an account may do in one process.</summary>
public sealed class ProcessMembership
{
    public Guid ProcessId { get; set; }
    public Guid AccountId { get; set; }
    public ProcessRole Role { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Ordered: an organiser may do all a facilitator may.</summary>
public enum ProcessRole
{
    Facilitator = 1,
    Organiser = 2,
}

internal sealed class ProcessMembershipConfiguration : IEntityTypeConfiguration<ProcessMembership>
{
    public void Configure(EntityTypeBuilder<ProcessMembership> membership)
    {
        membership.HasKey(m => new { m.ProcessId, m.AccountId });
        membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        membership.HasOne<Process>().WithMany().HasForeignKey(m => m.ProcessId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        membership.HasIndex(m => m.AccountId);
    }
}
