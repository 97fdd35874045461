using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Registrations;

namespace Participation.Api.Bodies;

/// <summary>
/// Who of a body belongs to a meeting: everyone with an attendance record (kept by name, so it outlives a member's
/// leaving) and everyone seated on the meeting's day. A recorded present, excused or absent stands; otherwise a
/// check-in of the person's registration for the event (linked, or found by the member's address) counts as present.
/// </summary>
public static class MeetingPeople
{
    public static async Task<List<AttendanceResponse>> ReadAsync(ParticipationDb db, Guid bodyId, Event meeting, CancellationToken ct)
    {
        var day = BodyDays.DayOf(meeting);
        var records = await db.MeetingAttendances.AsNoTracking().Where(a => a.BodyId == bodyId && a.EventId == meeting.Id).ToListAsync(ct);
        var members = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == bodyId).ToDictionaryAsync(m => m.Id, ct);
        var seated = members.Values.Where(m => m.IsSeatedOn(day) && records.All(r => r.MemberId != m.Id)).ToList();
        var checkedIn = await CheckedInAsync(db, meeting.Id, records, members.Values, ct);

        var people = records.Select(r =>
        {
            var registration = r.RegistrationId ?? RegistrationOf(members.GetValueOrDefault(r.MemberId), checkedIn);
            var came = registration is { } id && checkedIn.ContainsKey(id);
            return new AttendanceResponse(r.MemberId, r.Name, r.Role, r.Kind == AttendanceKind.Invited && came ? AttendanceKind.Present : r.Kind,
                r.StoodInForId, r.StoodInForId is { } s ? members.GetValueOrDefault(s)?.Name : null, registration, came);
        }).Concat(seated.Select(m =>
        {
            var registration = RegistrationOf(m, checkedIn);
            return new AttendanceResponse(m.Id, m.Name, m.Role, registration is null ? null : AttendanceKind.Present, null, null, registration, registration is not null);
        }));
        return people.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public static async Task<List<MeetingResponse>> MeetingsAsync(ParticipationDb db, Guid bodyId, CancellationToken ct)
    {
        var events = await db.BodyMeetings.AsNoTracking().Where(m => m.BodyId == bodyId)
            .Join(db.Events.AsNoTracking(), m => m.EventId, e => e.Id, (_, e) => e).ToListAsync(ct);
        var meetings = new List<MeetingResponse>();
        foreach (var e in events.OrderBy(e => e.StartsAt))
        {
            meetings.Add(Response(bodyId, e, await ReadAsync(db, bodyId, e, ct)));
        }
        return meetings;
    }

    public static MeetingResponse Response(Guid bodyId, Event e, IReadOnlyList<AttendanceResponse> people) => new(
        bodyId, e.Id, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.Venue,
        people.Count(p => p.Kind == AttendanceKind.Invited), people.Count(p => p.Kind == AttendanceKind.Present),
        people.Count(p => p.Kind == AttendanceKind.Excused), people.Count(p => p.Kind == AttendanceKind.Absent));

    /// <summary>The checked-in registrations of the event that belong to the body's people, by id, with their address.</summary>
    private static async Task<Dictionary<Guid, string?>> CheckedInAsync(
        ParticipationDb db, Guid eventId, IEnumerable<MeetingAttendance> records, IEnumerable<BodyMember> members, CancellationToken ct)
    {
        var ids = records.Where(r => r.RegistrationId is not null).Select(r => r.RegistrationId!.Value).ToList();
        var emails = members.Where(m => m.Email is not null).Select(m => m.Email!).Distinct().ToList();
        return await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.CheckedIn && (ids.Contains(r.Id) || (r.Email != null && emails.Contains(r.Email))))
            .ToDictionaryAsync(r => r.Id, r => r.Email, ct);
    }

    private static Guid? RegistrationOf(BodyMember? member, Dictionary<Guid, string?> checkedIn) =>
        member?.Email is { } email ? checkedIn.Where(c => c.Value == email).Select(c => (Guid?)c.Key).FirstOrDefault() : null;
}
