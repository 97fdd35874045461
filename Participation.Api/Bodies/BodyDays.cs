using Participation.Api.Events;
using Participation.Api.Extensions;

namespace Participation.Api.Bodies;

/// <summary>
/// Who sat on a body on a day, and the day of a meeting. A seat runs from <see cref="BodyMember.JoinedOn"/> up to,
/// not including, <see cref="BodyMember.LeftOn"/>: whoever leaves today is a former member from today on.
/// </summary>
public static class BodyDays
{
    public static IQueryable<BodyMember> SeatedOn(this IQueryable<BodyMember> members, DateOnly day) =>
        members.Where(m => m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn > day));

    /// <summary>Not gone yet: seated today or joining later.</summary>
    public static IQueryable<BodyMember> Current(this IQueryable<BodyMember> members, DateOnly today) =>
        members.Where(m => m.LeftOn == null || m.LeftOn > today);

    public static bool IsSeatedOn(this BodyMember member, DateOnly day) => member.JoinedOn <= day && (member.LeftOn is null || member.LeftOn > day);

    /// <summary>The day a meeting is held, in its own time zone.</summary>
    public static DateOnly DayOf(Event meeting) => DateOnly.FromDateTime(TimeZones.InZone(meeting.StartsAt, meeting.TimeZone).DateTime);
}
