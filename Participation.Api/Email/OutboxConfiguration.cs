using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Events;
using Participation.Api.Processes;

namespace Participation.Api.Email;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.Property(m => m.Kind).HasMaxLength(32);
        message.Property(m => m.To).HasMaxLength(320);
        message.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.DeliveredBy).HasMaxLength(16);
        message.Property(m => m.SentBy).HasMaxLength(100);
        // The emails of an event or process go with it: they hold people's addresses.
        message.HasOne<Process>().WithMany().HasForeignKey(m => m.ProcessId).OnDelete(DeleteBehavior.Cascade);
        message.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        message.HasIndex(m => new { m.State, m.NextAttemptAt });
        message.HasIndex(m => m.EventId);
        message.HasIndex(m => m.ProcessId);
        message.HasIndex(m => m.RegistrationId);
    }
}
