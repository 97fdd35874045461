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
        var ids = await db.Events.AsNoTracking().Where(e => e.IsPublic && e.EndsAt >= now)
            .OrderBy(e => e.StartsAt).Take(Math.Clamp(limit, 1, 100)).Select(e => e.Id).ToListAsync(ct);
        var events = new List<PublicEventResponse>();
        foreach (var id in ids)
        {
            events.Add((await LoadAsync(db, id, ct))!);
        }
        return TypedResults.Ok(events);
    }

    public static async Task<Results<Ok<PublicEventResponse>, ProblemHttpResult>> GetPublicEvent(
        Guid id, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound(text, "Event");

    private static async Task<PublicEventResponse?> LoadAsync(ParticipationDb db, Guid id, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().Where(e => e.Id == id && e.IsPublic)
            .Join(db.Processes, e => e.ProcessId, p => p.Id, (e, p) => new { Event = e, ProcessTitle = p.Title, p.Organisation })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var e = found.Event;
        var areaNames = await db.Areas.AsNoTracking().Where(a => a.ProcessId == e.ProcessId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var linked = await db.EventAreas.AsNoTracking().Where(l => l.EventId == id).Select(l => l.AreaId).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.Position).ThenBy(s => s.StartsAt).ToListAsync(ct);
        return new PublicEventResponse(
            e.Id, e.Title, e.Kind, TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.TimeZone,
            e.Venue, e.OnlineUrl, e.Capacity, e.Description, found.ProcessTitle, found.Organisation,
            linked.Where(areaNames.ContainsKey).Select(a => areaNames[a]).Order().ToList(),
            sessions.Select(s => new PublicSessionResponse(
                s.Title, s.Description, s.Location, s.AreaId is { } areaId && areaNames.TryGetValue(areaId, out var name) ? name : null,
                TimeZones.InZone(s.StartsAt, e.TimeZone), TimeZones.InZone(s.EndsAt, e.TimeZone))).ToList());
    }
}
