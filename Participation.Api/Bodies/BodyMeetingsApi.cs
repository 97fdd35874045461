using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Api.Bodies;

/// <summary>Meetings of a body are events of its process; the members are invited through the registration feature and its outbox.</summary>
public static class BodyMeetingsApi
{
    public static void MapBodyMeetings(this IEndpointRouteBuilder routes)
    {
        var meetings = routes.MapGroup("/api/bodies/{id:guid}/meetings").WithTags("Bodies").RequireAuthorization().WithStandardProblems();
        meetings.MapGet("/", ListBodyMeetings).WithName(nameof(ListBodyMeetings));
        meetings.MapPost("/", LinkBodyMeeting).WithName(nameof(LinkBodyMeeting)).WithSummary("Makes an event of the same process a meeting of the body.");
        meetings.MapPost("/{eventId:guid}/invitations", InviteBodyMembers).WithName(nameof(InviteBodyMembers)).WithValidation<MeetingInvitationInput>()
            .WithSummary("Invites the members seated on the meeting's day who have an address (deputies too with includeDeputies); the emails go through the outbox.");
    }

    public static async Task<Results<Ok<List<MeetingResponse>>, ProblemHttpResult>> ListBodyMeetings(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var (_, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Facilitator, ct);
        return denied is not null ? denied : TypedResults.Ok(await MeetingPeople.MeetingsAsync(db, id, ct));
    }

    public static async Task<Results<Created<MeetingResponse>, ValidationProblem, ProblemHttpResult>> LinkBodyMeeting(
        Guid id, MeetingInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var meeting = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == input.EventId && e.ProcessId == body!.ProcessId, ct);
        if (meeting is null)
        {
            return Validation.Problem("eventId", text["Body.EventOtherProcess"], text);
        }
        if (await db.BodyMeetings.AnyAsync(m => m.BodyId == id && m.EventId == input.EventId, ct))
        {
            return Validation.Problem("eventId", text["Body.MeetingLinked"], text);
        }
        db.BodyMeetings.Add(new BodyMeeting { BodyId = id, EventId = meeting.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        var people = await MeetingPeople.ReadAsync(db, id, meeting, ct);
        return TypedResults.Created($"/api/bodies/{id}/meetings/{meeting.Id}/attendance", MeetingPeople.Response(id, meeting, people));
    }

    public static async Task<Results<Ok<MeetingInvitationReport>, ValidationProblem, ProblemHttpResult>> InviteBodyMembers(
        Guid id, Guid eventId, MeetingInvitationInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        RegistrationService registrations, TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var meeting = await db.BodyMeetings.AsNoTracking().Where(m => m.BodyId == id && m.EventId == eventId)
            .Join(db.Events.AsNoTracking(), m => m.EventId, e => e.Id, (_, e) => e).FirstOrDefaultAsync(ct);
        if (meeting is null)
        {
            return Problems.NotFound(text, "Meeting");
        }
        var seated = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == id).SeatedOn(BodyDays.DayOf(meeting))
            .Where(m => input.IncludeDeputies || m.Role != MemberRole.Deputy).OrderBy(m => m.Name).ToListAsync(ct);
        var reachable = seated.Where(m => m.Email is not null).ToList();
        var withoutEmail = seated.Where(m => m.Email is null).Select(m => m.Name).ToList();
        if (reachable.Count == 0)
        {
            return TypedResults.Ok(new MeetingInvitationReport(0, 0, withoutEmail));
        }
        var people = reachable.Select((m, line) => new Invitee(line + 1, m.Email!, m.Name, m.Organisation, m.Perspective)).ToList();
        var outcome = await registrations.InvitePeopleAsync(eventId, people, [], input.Language, ct);
        if (outcome.Refusal is not null)
        {
            return outcome.Select(_ => new MeetingInvitationReport(0, 0, withoutEmail)).ToHttp(text);
        }
        // The invitations are queued already; an invitation sent at the same moment may have written a record first,
        // so a refused save reads the records again and links to them.
        await db.RetryAsync(3, () => RecordInvitedAsync(db, id, eventId, reachable, clock.GetUtcNow().UtcDateTime, ct));
        return TypedResults.Ok(new MeetingInvitationReport(outcome.Value!.Invited, outcome.Value.AlreadyRegistered, withoutEmail));
    }

    /// <summary>Each invited member gets an attendance record linked to their registration; what was recorded already stays.</summary>
    private static async Task RecordInvitedAsync(ParticipationDb db, Guid bodyId, Guid eventId, List<BodyMember> invited, DateTime now, CancellationToken ct)
    {
        var emails = invited.Select(m => m.Email!).ToList();
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.Email != null && emails.Contains(r.Email))
            .ToDictionaryAsync(r => r.Email!, r => r.Id, ct);
        var records = await db.MeetingAttendances.Where(a => a.BodyId == bodyId && a.EventId == eventId).ToDictionaryAsync(a => a.MemberId, ct);
        foreach (var member in invited)
        {
            var registrationId = registrations.TryGetValue(member.Email!, out var found) ? found : (Guid?)null;
            if (records.TryGetValue(member.Id, out var record))
            {
                record.RegistrationId ??= registrationId;
                continue;
            }
            db.MeetingAttendances.Add(new MeetingAttendance
            {
                BodyId = bodyId, EventId = eventId, MemberId = member.Id, Kind = AttendanceKind.Invited, Name = member.Name, Role = member.Role,
                RegistrationId = registrationId, RecordedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
