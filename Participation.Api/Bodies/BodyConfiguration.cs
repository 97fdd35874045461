using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Events;
using Participation.Api.Processes;
using Participation.Api.Registrations;

namespace Participation.Api.Bodies;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> body)
    {
        body.HasOne<Process>().WithMany().HasForeignKey(b => b.ProcessId).OnDelete(DeleteBehavior.Cascade);
        body.HasOne<Body>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.SetNull);
        body.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        body.Property(b => b.Name).HasMaxLength(300);
        body.Property(b => b.Municipality).HasMaxLength(120);
        body.HasIndex(b => new { b.ProcessId, b.Name }).IsUnique();
    }
}

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    /// <summary>The name column of a seat and of its copy in the attendance.</summary>
    public const int NameColumnLength = 300;

    public void Configure(EntityTypeBuilder<BodyMember> member)
    {
        member.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<BodyMember>().WithMany().HasForeignKey(m => m.DeputyForId).OnDelete(DeleteBehavior.SetNull);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Name).HasMaxLength(NameColumnLength);
        member.Property(m => m.Email).HasMaxLength(320);
        member.HasIndex(m => new { m.BodyId, m.LeftOn });
    }
}

internal sealed class BodyMeetingConfiguration : IEntityTypeConfiguration<BodyMeeting>
{
    public void Configure(EntityTypeBuilder<BodyMeeting> meeting)
    {
        meeting.HasKey(m => new { m.BodyId, m.EventId });
        meeting.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => m.EventId);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> attendance)
    {
        attendance.HasKey(a => new { a.BodyId, a.EventId, a.MemberId });
        attendance.HasOne<BodyMeeting>().WithMany().HasForeignKey(a => new { a.BodyId, a.EventId }).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<BodyMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.SetNull);
        attendance.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        attendance.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        attendance.Property(a => a.Name).HasMaxLength(BodyMemberConfiguration.NameColumnLength);
    }
}
