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
    public static async Task<List<AttendanceResponse>> ReadAsync(ParticipationDb db, Guid bodyId, Event meeting, CancellationToken ct) =>
        (await ReadAllAsync(db, bodyId, [meeting], ct))[meeting.Id];

    /// <summary>The people of several meetings of one body, in three queries however many meetings there are.</summary>
    public static async Task<Dictionary<Guid, List<AttendanceResponse>>> ReadAllAsync(
        ParticipationDb db, Guid bodyId, IReadOnlyList<Event> meetings, CancellationToken ct)
    {
        var eventIds = meetings.Select(m => m.Id).ToList();
        var records = (await db.MeetingAttendances.AsNoTracking().Where(a => a.BodyId == bodyId && eventIds.Contains(a.EventId)).ToListAsync(ct))
            .ToLookup(a => a.EventId);
        var members = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == bodyId).ToDictionaryAsync(m => m.Id, ct);
        var checkedIn = await CheckedInAsync(db, eventIds, records.SelectMany(r => r), members.Values, ct);
        return meetings.ToDictionary(m => m.Id, m => Compose(m, [.. records[m.Id]], members, checkedIn.GetValueOrDefault(m.Id) ?? []));
    }

    private static List<AttendanceResponse> Compose(
        Event meeting, List<MeetingAttendance> records, Dictionary<Guid, BodyMember> members, Dictionary<Guid, string?> checkedIn)
    {
        var day = BodyDays.DayOf(meeting);
        var seated = members.Values.Where(m => m.IsSeatedOn(day) && records.All(r => r.MemberId != m.Id)).ToList();
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
        var events = (await db.BodyMeetings.AsNoTracking().Where(m => m.BodyId == bodyId)
            .Join(db.Events.AsNoTracking(), m => m.EventId, e => e.Id, (_, e) => e).ToListAsync(ct)).OrderBy(e => e.StartsAt).ToList();
        var people = await ReadAllAsync(db, bodyId, events, ct);
        return events.Select(e => Response(bodyId, e, people[e.Id])).ToList();
    }

    public static MeetingResponse Response(Guid bodyId, Event e, IReadOnlyList<AttendanceResponse> people) => new(
        bodyId, e.Id, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.Venue,
        people.Count(p => p.Kind == AttendanceKind.Invited), people.Count(p => p.Kind == AttendanceKind.Present),
        people.Count(p => p.Kind == AttendanceKind.Excused), people.Count(p => p.Kind == AttendanceKind.Absent));

    /// <summary>Per event, the checked-in registrations that belong to the body's people, by id, with their address.</summary>
    private static async Task<Dictionary<Guid, Dictionary<Guid, string?>>> CheckedInAsync(
        ParticipationDb db, List<Guid> eventIds, IEnumerable<MeetingAttendance> records, IEnumerable<BodyMember> members, CancellationToken ct)
    {
        var ids = records.Where(r => r.RegistrationId is not null).Select(r => r.RegistrationId!.Value).ToList();
        var emails = members.Where(m => m.Email is not null).Select(m => m.Email!).Distinct().ToList();
        var found = await db.Registrations.AsNoTracking()
            .Where(r => eventIds.Contains(r.EventId) && r.Status == RegistrationStatus.CheckedIn && (ids.Contains(r.Id) || (r.Email != null && emails.Contains(r.Email))))
            .Select(r => new { r.EventId, r.Id, r.Email }).ToListAsync(ct);
        return found.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Id, r => r.Email));
    }

    private static Guid? RegistrationOf(BodyMember? member, Dictionary<Guid, string?> checkedIn) =>
        member?.Email is { } email ? checkedIn.Where(c => c.Value == email).Select(c => (Guid?)c.Key).FirstOrDefault() : null;
}
