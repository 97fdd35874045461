namespace Participation.Api.Bodies;

/// <summary>A standing body of a process: a focus group, a steering group, a round table.</summary>
public sealed class Body
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    /// <summary>Set for a sub-group (Unterarbeitsgruppe) of another body of the same process.</summary>
    public Guid? ParentId { get; set; }
    public required string Name { get; set; }
    public BodyKind Kind { get; set; }
    public string? Description { get; set; }
    /// <summary>For the working group of one municipality: its name, as the indicator values name it.</summary>
    public string? Municipality { get; set; }
    /// <summary>A body that no longer meets stays with its history.</summary>
    public DateOnly? DissolvedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum BodyKind
{
    FocusGroup,
    CoordinationStaff,
    SteeringGroup,
    RoundTable,
    WorkingGroup,
    Other,
}

/// <summary>A person's seat in a body. Leaving sets <see cref="LeftOn"/>; the seat stays for the history of past meetings.</summary>
public sealed class BodyMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BodyId { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    /// <summary>The view the person brings, such as "Migrantenorganisation" or "Jobcenter".</summary>
    public string? Perspective { get; set; }
    /// <summary>For invitations to meetings; never shown publicly.</summary>
    public string? Email { get; set; }
    public MemberRole Role { get; set; }
    /// <summary>For a deputy: the member this person stands in for.</summary>
    public Guid? DeputyForId { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum MemberRole
{
    Chair,
    Member,
    Deputy,
}

/// <summary>An event of the process that is a meeting of the body; invitations and attendance go through its registrations.</summary>
public sealed class BodyMeeting
{
    public Guid BodyId { get; set; }
    public Guid EventId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Who of the body was at a meeting, kept by name so that it outlives a member's leaving and the registration's anonymisation.</summary>
public sealed class MeetingAttendance
{
    public Guid BodyId { get; set; }
    public Guid EventId { get; set; }
    public Guid MemberId { get; set; }
    public AttendanceKind Kind { get; set; }
    /// <summary>The member's name and role at the time of the meeting.</summary>
    public required string Name { get; set; }
    public MemberRole Role { get; set; }
    /// <summary>When the member was there as deputy: whom they stood in for.</summary>
    public Guid? StoodInForId { get; set; }
    public Guid? RegistrationId { get; set; }
    public DateTime RecordedAt { get; set; }
}

public enum AttendanceKind
{
    Invited,
    Present,
    Excused,
    Absent,
}
