using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Events;

/// <summary>What anyone may read of a public event: no internal notes, no people.</summary>
public sealed record PublicEventResponse(
    Guid Id,
    string Title,
    EventKind Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Venue,
    string? OnlineUrl,
    int? Capacity,
    string? Description,
    string ProcessTitle,
    string? Organisation,
    IReadOnlyList<string> Areas,
    IReadOnlyList<PublicSessionResponse> Sessions);

public sealed record PublicSessionResponse(string Title, string? Description, string? Location, string? Area, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

public static class PublicEventsApi
{
    public static void MapPublicEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/public/events").WithTags("Public").AllowAnonymous();
        group.MapGet("/", ListUpcomingPublicEvents).WithName(nameof(ListUpcomingPublicEvents))
            .WithSummary("Public events that have not ended yet, soonest first.");
        group.MapGet("/{id:guid}", GetPublicEvent).WithName(nameof(GetPublicEvent)).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<List<PublicEventResponse>>> ListUpcomingPublicEvents(
        ParticipationDb db, TimeProvider clock, CancellationToken ct, int limit = 20)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = db.Events.Where(e => e.IsPublic && e.EndsAt >= now).OrderBy(e => e.StartsAt).Take(Math.Clamp(limit, 1, 100));
        return TypedResults.Ok(await LoadAsync(db, upcoming, ct));
    }

    public static async Task<Results<Ok<PublicEventResponse>, ProblemHttpResult>> GetPublicEvent(
        Guid id, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct) =>
        (await LoadAsync(db, db.Events.Where(e => e.Id == id && e.IsPublic), ct)) is [var found] ? TypedResults.Ok(found) : Problems.NotFound(text, "Event");

    /// <summary>The public view of one event; an internal one only for the holder of a personal invitation.</summary>
    public static async Task<PublicEventResponse?> FindAsync(ParticipationDb db, Guid id, bool evenIfInternal, CancellationToken ct) =>
        (await LoadAsync(db, db.Events.Where(e => e.Id == id && (evenIfInternal || e.IsPublic)), ct)) is [var found] ? found : null;

    /// <summary>The public view of the given events, soonest first, with four queries however many they are.</summary>
    private static async Task<List<PublicEventResponse>> LoadAsync(ParticipationDb db, IQueryable<Event> events, CancellationToken ct)
    {
        var found = await events.AsNoTracking()
            .Join(db.Processes, e => e.ProcessId, p => p.Id, (e, p) => new { Event = e, ProcessTitle = p.Title, p.Organisation })
            .ToListAsync(ct);
        // A join does not keep the order of the query it joins; the events come soonest first.
        found = found.OrderBy(f => f.Event.StartsAt).ThenBy(f => f.Event.Title).ToList();
        var ids = found.Select(f => f.Event.Id).ToList();
        var processIds = found.Select(f => f.Event.ProcessId).Distinct().ToList();
        var areaNames = await db.Areas.AsNoTracking().Where(a => processIds.Contains(a.ProcessId)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var links = (await db.EventAreas.AsNoTracking().Where(l => ids.Contains(l.EventId)).ToListAsync(ct)).ToLookup(l => l.EventId, l => l.AreaId);
        var sessions = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.EventId)).OrderBy(s => s.Position).ThenBy(s => s.StartsAt).ToListAsync(ct))
            .ToLookup(s => s.EventId);
        string? AreaName(Guid? areaId) => areaId is { } id && areaNames.TryGetValue(id, out var name) ? name : null;
        return found.Select(f =>
        {
            var e = f.Event;
            return new PublicEventResponse(
                e.Id, e.Title, e.Kind, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.TimeZone,
                e.Venue, e.OnlineUrl, e.Capacity, e.Description, f.ProcessTitle, f.Organisation,
                links[e.Id].Select(areaId => AreaName(areaId)).OfType<string>().Order().ToList(),
                sessions[e.Id].Select(s => new PublicSessionResponse(
                    s.Title, s.Description, s.Location, AreaName(s.AreaId),
                    TimeZones.InZone(s.StartsAt, e.TimeZone), TimeZones.InZone(s.EndsAt, e.TimeZone))).ToList());
        }).ToList();
    }
}
