using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Api.Bodies;

/// <summary>Who of the body came to a meeting. Each record copies the member's name and role, so it stays when the member leaves.</summary>
public static class MeetingAttendanceApi
{
    public static void MapMeetingAttendance(this IEndpointRouteBuilder routes)
    {
        var attendance = routes.MapGroup("/api/bodies/{id:guid}/meetings/{eventId:guid}/attendance").WithTags("Bodies").RequireAuthorization().WithStandardProblems();
        attendance.MapGet("/", GetBodyAttendance).WithName(nameof(GetBodyAttendance))
            .WithSummary("Everyone recorded for the meeting and everyone seated on its day; a check-in counts as present.");
        attendance.MapPut("/", RecordBodyAttendance).WithName(nameof(RecordBodyAttendance)).WithValidation<AttendanceInput>()
            .WithSummary("Records present, excused or absent per member (and for a deputy whom they stood in for); members not named keep their record.");
    }

    public static async Task<Results<Ok<MeetingAttendanceResponse>, ProblemHttpResult>> GetBodyAttendance(
        Guid id, Guid eventId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return denied;
        }
        if (await MeetingAsync(db, id, eventId, ct) is not { } meeting)
        {
            return Problems.NotFound(text, "Meeting");
        }
        return TypedResults.Ok(await ResponseAsync(db, id, meeting, ct));
    }

    public static async Task<Results<Ok<MeetingAttendanceResponse>, ValidationProblem, ProblemHttpResult>> RecordBodyAttendance(
        Guid id, Guid eventId, AttendanceInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        if (await MeetingAsync(db, id, eventId, ct) is not { } meeting)
        {
            return Problems.NotFound(text, "Meeting");
        }
        var day = BodyDays.DayOf(meeting);
        var members = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == id).ToDictionaryAsync(m => m.Id, ct);
        var records = await db.MeetingAttendances.Where(a => a.BodyId == id && a.EventId == eventId).ToDictionaryAsync(a => a.MemberId, ct);
        for (var i = 0; i < input.Entries.Count; i++)
        {
            if (Refuse(input.Entries[i], $"entries[{i}]", members, records, day, text) is { } refused)
            {
                return refused;
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in input.Entries)
        {
            var member = members[entry.MemberId];
            if (!records.TryGetValue(entry.MemberId, out var record))
            {
                record = new MeetingAttendance { BodyId = id, EventId = eventId, MemberId = member.Id, Name = member.Name, Role = member.Role };
                db.MeetingAttendances.Add(record);
                records[member.Id] = record;
            }
            record.Kind = entry.Kind;
            record.StoodInForId = entry.StoodInForId;
            record.RecordedAt = now;
        }
        await KeepCheckInsAsync(db, id, meeting, records, members, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(db, id, meeting, ct));
    }

    /// <summary>A member seated that day (or already recorded); whom a deputy stood in for is a member seated that day who is no deputy.</summary>
    private static ValidationProblem? Refuse(AttendanceEntry entry, string field, Dictionary<Guid, BodyMember> members,
        Dictionary<Guid, MeetingAttendance> records, DateOnly day, IStringLocalizer<Messages> text)
    {
        if (!members.TryGetValue(entry.MemberId, out var member) || !(member.IsSeatedOn(day) || records.ContainsKey(member.Id)))
        {
            return Validation.Problem($"{field}.memberId", text["Body.NotSeatedAtMeeting"], text);
        }
        if (entry.StoodInForId is not { } principalId)
        {
            return null;
        }
        if (member.Role != MemberRole.Deputy)
        {
            return Validation.Problem($"{field}.stoodInForId", text["Body.OnlyDeputiesStandIn"], text);
        }
        return members.TryGetValue(principalId, out var principal) && principal.Role != MemberRole.Deputy && principal.IsSeatedOn(day)
            ? null
            : Validation.Problem($"{field}.stoodInForId", text["Body.PrincipalNotSeated"], text);
    }

    /// <summary>Check-ins at the door become records of presence, so the history holds them without the registration.</summary>
    private static async Task KeepCheckInsAsync(ParticipationDb db, Guid bodyId, Event meeting, Dictionary<Guid, MeetingAttendance> records,
        Dictionary<Guid, BodyMember> members, DateTime now, CancellationToken ct)
    {
        foreach (var person in await MeetingPeople.ReadAsync(db, bodyId, meeting, ct))
        {
            if (!person.CheckedIn || (records.TryGetValue(person.MemberId, out var known) && known.Kind != AttendanceKind.Invited))
            {
                continue;
            }
            if (known is null)
            {
                var member = members[person.MemberId];
                known = new MeetingAttendance { BodyId = bodyId, EventId = meeting.Id, MemberId = member.Id, Name = member.Name, Role = member.Role };
                db.MeetingAttendances.Add(known);
            }
            known.Kind = AttendanceKind.Present;
            known.RegistrationId ??= person.RegistrationId;
            known.RecordedAt = now;
        }
    }

    private static Task<Event?> MeetingAsync(ParticipationDb db, Guid bodyId, Guid eventId, CancellationToken ct) =>
        db.BodyMeetings.AsNoTracking().Where(m => m.BodyId == bodyId && m.EventId == eventId)
            .Join(db.Events.AsNoTracking(), m => m.EventId, e => e.Id, (_, e) => e).FirstOrDefaultAsync(ct);

    private static async Task<MeetingAttendanceResponse> ResponseAsync(ParticipationDb db, Guid bodyId, Event meeting, CancellationToken ct)
    {
        var people = await MeetingPeople.ReadAsync(db, bodyId, meeting, ct);
        return new MeetingAttendanceResponse(MeetingPeople.Response(bodyId, meeting, people), people);
    }
}
