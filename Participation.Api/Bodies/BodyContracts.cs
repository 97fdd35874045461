namespace Participation.Api.Bodies;

public sealed record BodyInput(string Name, BodyKind Kind, string? Description = null, Guid? ParentId = null, string? Municipality = null);

/// <summary>Without a date the body is dissolved today (in the process's time zone).</summary>
public sealed record DissolveInput(DateOnly? DissolvedOn = null);

public sealed record BodySummary(
    Guid Id, Guid ProcessId, Guid? ParentId, string Name, BodyKind Kind, string? Municipality, DateOnly? DissolvedOn, int Members, int Meetings);

public sealed record BodyResponse(
    Guid Id, Guid ProcessId, Guid? ParentId, string? ParentName, string Name, BodyKind Kind, string? Description, string? Municipality,
    DateOnly? DissolvedOn, IReadOnlyList<BodySummary> SubGroups, IReadOnlyList<MemberResponse> Members, IReadOnlyList<MeetingResponse> Meetings);

/// <summary>A seat; without <see cref="JoinedOn"/> the person joins today.</summary>
public sealed record MemberInput(
    string Name, MemberRole Role, string? Organisation = null, string? Perspective = null, string? Email = null,
    Guid? DeputyForId = null, DateOnly? JoinedOn = null);

/// <summary>The seat ends on <see cref="LeftOn"/> (today without it): from that day on the person is a former member.</summary>
public sealed record LeaveInput(DateOnly? LeftOn = null);

public sealed record MemberResponse(
    Guid Id, Guid BodyId, string Name, string? Organisation, string? Perspective, string? Email, MemberRole Role,
    Guid? DeputyForId, string? DeputyForName, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record MeetingInput(Guid EventId);

public sealed record MeetingResponse(
    Guid BodyId, Guid EventId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue,
    int Invited, int Present, int Excused, int Absent);

/// <summary>Deputies are invited only when asked; <see cref="Language"/> is the language of the emails.</summary>
public sealed record MeetingInvitationInput(bool IncludeDeputies = false, string? Language = null);

public sealed record MeetingInvitationReport(int Invited, int AlreadyRegistered, IReadOnlyList<string> WithoutEmail);

public sealed record AttendanceEntry(Guid MemberId, AttendanceKind Kind, Guid? StoodInForId = null);

public sealed record AttendanceInput(IReadOnlyList<AttendanceEntry> Entries);

/// <summary>
/// One person of a meeting: <see cref="Kind"/> is what was recorded, or present when their registration was checked in;
/// null when nothing is known yet. Name and role are those at the meeting.
/// </summary>
public sealed record AttendanceResponse(
    Guid MemberId, string Name, MemberRole Role, AttendanceKind? Kind, Guid? StoodInForId, string? StoodInForName,
    Guid? RegistrationId, bool CheckedIn);

public sealed record MeetingAttendanceResponse(MeetingResponse Meeting, IReadOnlyList<AttendanceResponse> People);
