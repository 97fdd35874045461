using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Events;
using Participation.Api.Processes;

namespace Participation.Api.Registrations;

internal sealed class RegistrationSettingsConfiguration : IEntityTypeConfiguration<RegistrationSettings>
{
    public void Configure(EntityTypeBuilder<RegistrationSettings> settings)
    {
        settings.HasKey(s => s.EventId);
        settings.HasOne<Event>().WithOne().HasForeignKey<RegistrationSettings>(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        settings.Property(s => s.Access).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne<Process>().WithMany().HasForeignKey(r => r.ProcessId).OnDelete(DeleteBehavior.Cascade);
        registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        registration.Property(r => r.Source).HasConversion<string>().HasMaxLength(32);
        registration.Property(r => r.Email).HasMaxLength(320);
        registration.Property(r => r.Language).HasMaxLength(16);
        registration.Property(r => r.TicketCode).HasMaxLength(32);
        registration.Ignore(r => r.HoldsPlace);
        // One registration per address and event: a second sign-up finds the first.
        registration.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        registration.HasIndex(r => r.TicketCode).IsUnique();
        registration.HasIndex(r => new { r.EventId, r.Status });
        registration.HasIndex(r => new { r.ProcessId, r.Email });
        registration.HasIndex(r => r.GroupId);
    }
}
