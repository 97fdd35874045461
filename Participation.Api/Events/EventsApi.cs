using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Recommendations;
using Participation.Api.Processes;

namespace Participation.Api.Events;

public static class EventsApi
{
    public static void MapEvents(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/events").WithTags("Events").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListEvents).WithName(nameof(ListEvents))
            .WithSummary("The process's events in time order, optionally from/to an instant, of one kind or one series.");
        ofProcess.MapPost("/", CreateEvent).WithName(nameof(CreateEvent)).WithValidation<EventInput>();

        var events = routes.MapGroup("/api/events").WithTags("Events").RequireAuthorization().WithStandardProblems();
        events.MapGet("/{id:guid}", GetEvent).WithName(nameof(GetEvent));
        events.MapPut("/{id:guid}", UpdateEvent).WithName(nameof(UpdateEvent)).WithValidation<EventInput>();
        events.MapDelete("/{id:guid}", DeleteEvent).WithName(nameof(DeleteEvent)).WithSummary("Deletes an event with its sessions.");
    }

    public static async Task<Results<Ok<List<EventResponse>>, ValidationProblem, ProblemHttpResult>> ListEvents(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? kind = null, Guid? seriesId = null)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        EventKind? wantedKind = null;
        if (kind is not null)
        {
            // The same spelling the API writes ("expertRound"), any case.
            if (!Enum.TryParse<EventKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _))
            {
                return Validation.Problem("kind", text["ValueUnreadable"], text);
            }
            wantedKind = parsed;
        }
        var query = db.Events.AsNoTracking().Include(e => e.Areas).Where(e => e.ProcessId == processId);
        if (from is { } start)
        {
            query = query.Where(e => e.EndsAt >= start.UtcDateTime);
        }
        if (to is { } end)
        {
            query = query.Where(e => e.StartsAt <= end.UtcDateTime);
        }
        if (wantedKind is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }
        if (seriesId is { } s)
        {
            query = query.Where(e => e.SeriesId == s);
        }
        var events = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Title).ToListAsync(ct);
        return TypedResults.Ok(events.Select(e => e.ToResponse()).ToList());
    }

    public static async Task<Results<Created<EventResponse>, ValidationProblem, ProblemHttpResult>> CreateEvent(
        Guid processId, EventInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (await CheckReferencesAsync(processId, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        var processZone = await db.Processes.Where(p => p.Id == processId).Select(p => p.TimeZone).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var @event = new Event { ProcessId = processId, Title = "", TimeZone = input.TimeZone ?? processZone, CreatedAt = now };
        @event.Apply(input, now);
        db.Events.Add(@event);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/events/{@event.Id}", @event.ToResponse());
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> GetEvent(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().Include(e => e.Areas).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (await access.DenyAsync(user, @event?.ProcessId, ProcessRole.Facilitator, ct, "Event") is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(@event!.ToResponse());
    }

    public static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> UpdateEvent(
        Guid id, EventInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var @event = await db.Events.Include(e => e.Areas).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (await access.DenyAsync(user, @event?.ProcessId, ProcessRole.Organiser, ct, "Event") is { } denied)
        {
            return denied;
        }
        if (await CheckReferencesAsync(@event!.ProcessId, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        @event.Apply(input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(@event.ToResponse());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteEvent(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var processId = await db.Events.Where(e => e.Id == id).Select(e => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct, "Event") is { } denied)
        {
            return denied;
        }
        if (await TracedDeletes.RefuseEventAsync(db, id, text, ct) is { } held)
        {
            return held;
        }
        await db.Events.Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Areas and series named by the input must belong to the event's own process.</summary>
    private static async Task<ValidationProblem?> CheckReferencesAsync(
        Guid processId, EventInput input, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var areaIds = (input.AreaIds ?? []).Distinct().ToList();
        if (areaIds.Count > 0)
        {
            var known = await db.Areas.Where(a => a.ProcessId == processId && areaIds.Contains(a.Id)).CountAsync(ct);
            if (known != areaIds.Count)
            {
                return Validation.Problem("areaIds", text["AreaNotInProcess"], text);
            }
        }
        if (input.SeriesId is { } seriesId && !await db.Series.AnyAsync(s => s.Id == seriesId && s.ProcessId == processId, ct))
        {
            return Validation.Problem("seriesId", text["SeriesNotInProcess"], text);
        }
        return null;
    }

    private static void Apply(this Event @event, EventInput input, DateTime now)
    {
        @event.Title = input.Title.Trim();
        @event.Kind = input.Kind;
        @event.StartsAt = input.StartsAt.UtcDateTime;
        @event.EndsAt = input.EndsAt.UtcDateTime;
        @event.TimeZone = input.TimeZone ?? @event.TimeZone;
        @event.Venue = input.Venue.NullIfBlank();
        @event.OnlineUrl = input.OnlineUrl.NullIfBlank();
        @event.Capacity = input.Capacity;
        @event.Description = input.Description.NullIfBlank();
        @event.SeriesId = input.SeriesId;
        @event.IsPublic = input.IsPublic;
        @event.UpdatedAt = now;
        var wanted = (input.AreaIds ?? []).Distinct().ToHashSet();
        @event.Areas.RemoveAll(a => !wanted.Contains(a.AreaId));
        foreach (var areaId in wanted.Where(id => @event.Areas.All(a => a.AreaId != id)))
        {
            @event.Areas.Add(new EventArea { EventId = @event.Id, AreaId = areaId });
        }
    }
}
