using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Recommendations;

namespace Participation.Api.Events;

/// <summary>
/// Sessions inside an event. Facilitators plan them as well as organisers:
/// the tables of a workshop are often set up by whoever runs it.
/// </summary>
public static class SessionsApi
{
    public static void MapSessions(this IEndpointRouteBuilder routes)
    {
        var ofEvent = routes.MapGroup("/api/events/{eventId:guid}/sessions").WithTags("Sessions").RequireAuthorization().WithStandardProblems();
        ofEvent.MapGet("/", ListSessions).WithName(nameof(ListSessions));
        ofEvent.MapPost("/", CreateSession).WithName(nameof(CreateSession)).WithValidation<SessionInput>();

        var sessions = routes.MapGroup("/api/sessions").WithTags("Sessions").RequireAuthorization().WithStandardProblems();
        sessions.MapGet("/{id:guid}", GetSession).WithName(nameof(GetSession));
        sessions.MapPut("/{id:guid}", UpdateSession).WithName(nameof(UpdateSession)).WithValidation<SessionInput>();
        sessions.MapDelete("/{id:guid}", DeleteSession).WithName(nameof(DeleteSession));
    }

    public static async Task<Results<Ok<List<SessionResponse>>, ProblemHttpResult>> ListSessions(
        Guid eventId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var owner = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.ProcessId, e.TimeZone }).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, owner?.ProcessId, ProcessRole.Facilitator, ct, "Event") is { } denied)
        {
            return denied;
        }
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId)
            .OrderBy(s => s.Position).ThenBy(s => s.StartsAt).ThenBy(s => s.Title).ToListAsync(ct);
        return TypedResults.Ok(sessions.Select(s => s.ToResponse(owner!.TimeZone)).ToList());
    }

    public static async Task<Results<Created<SessionResponse>, ValidationProblem, ProblemHttpResult>> CreateSession(
        Guid eventId, SessionInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (await access.DenyAsync(user, @event?.ProcessId, ProcessRole.Facilitator, ct, "Event") is { } denied)
        {
            return denied;
        }
        var positions = await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Position).ToListAsync(ct);
        if (positions.Count >= limits.Value.MaxSessionsPerEvent)
        {
            return Validation.Problem("title", text["TooManySessions", limits.Value.MaxSessionsPerEvent], text);
        }
        if (await CheckAgainstEventAsync(@event!, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        var session = new Session { EventId = eventId, Title = "" };
        session.Apply(input, input.Position ?? (positions.Count == 0 ? 0 : positions.Max() + 1));
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/sessions/{session.Id}", session.ToResponse(@event!.TimeZone));
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetSession(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { Session = s, e.ProcessId, e.TimeZone })
            .FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, found?.ProcessId, ProcessRole.Facilitator, ct, "Session") is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(found!.Session.ToResponse(found.TimeZone));
    }

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> UpdateSession(
        Guid id, SessionInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        var @event = session is null ? null : await db.Events.AsNoTracking().FirstAsync(e => e.Id == session.EventId, ct);
        if (await access.DenyAsync(user, @event?.ProcessId, ProcessRole.Facilitator, ct, "Session") is { } denied)
        {
            return denied;
        }
        if (await CheckAgainstEventAsync(@event!, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        session!.Apply(input, input.Position ?? session!.Position);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(session!.ToResponse(@event!.TimeZone));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSession(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var processId = await db.Sessions.Where(s => s.Id == id)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Session") is { } denied)
        {
            return denied;
        }
        if (await TracedDeletes.RefuseSessionAsync(db, id, text, ct) is { } held)
        {
            return held;
        }
        await db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The area must be one of the process's; the times must lie within the event.</summary>
    private static async Task<ValidationProblem?> CheckAgainstEventAsync(
        Event @event, SessionInput input, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (input.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId && a.ProcessId == @event.ProcessId, ct))
        {
            return Validation.Problem("areaId", text["AreaNotInProcess"], text);
        }
        if (input.StartsAt is { } starts && (starts.UtcDateTime < @event.StartsAt || starts.UtcDateTime >= @event.EndsAt))
        {
            return Validation.Problem("startsAt", text["SessionOutsideEvent"], text);
        }
        if (input.EndsAt is { } ends && (ends.UtcDateTime > @event.EndsAt || ends.UtcDateTime <= @event.StartsAt))
        {
            return Validation.Problem("endsAt", text["SessionOutsideEvent"], text);
        }
        return null;
    }

    private static void Apply(this Session session, SessionInput input, int position)
    {
        session.Title = input.Title.Trim();
        session.Description = input.Description.NullIfBlank();
        session.AreaId = input.AreaId;
        session.Location = input.Location.NullIfBlank();
        session.StartsAt = input.StartsAt?.UtcDateTime;
        session.EndsAt = input.EndsAt?.UtcDateTime;
        session.Position = position;
    }
}
