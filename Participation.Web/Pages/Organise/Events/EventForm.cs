using Participation.Api.Events;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Organise.Events;

/// <summary>The event form: wall-clock times typed in the event's zone, converted to instants for the API.</summary>
public sealed class EventForm
{
    public string? Title { get; set; }
    public EventKind Kind { get; set; } = EventKind.Workshop;
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? TimeZone { get; set; }
    public string? Venue { get; set; }
    public string? OnlineUrl { get; set; }
    public int? Capacity { get; set; }
    public string? Description { get; set; }
    public List<Guid> AreaIds { get; set; } = [];
    public Guid? SeriesId { get; set; }
    public bool IsPublic { get; set; }

    public EventInput ToInput(string fallbackZone)
    {
        var zone = TimeZones.IsKnown(TimeZone) ? TimeZone! : fallbackZone;
        DateTimeOffset Instant(DateTime? local) => local is { } value ? new DateTimeOffset(TimeZones.ToUtc(value, zone)) : default;
        return new EventInput(Title ?? "", Kind, Instant(StartsAt), Instant(EndsAt), Venue, OnlineUrl, Capacity, Description,
            AreaIds, SeriesId, TimeZone, IsPublic);
    }

    public static EventForm From(EventResponse e) => new()
    {
        Title = e.Title, Kind = e.Kind, StartsAt = e.StartsAt.DateTime, EndsAt = e.EndsAt.DateTime, TimeZone = e.TimeZone,
        Venue = e.Venue, OnlineUrl = e.OnlineUrl, Capacity = e.Capacity, Description = e.Description,
        AreaIds = e.AreaIds.ToList(), SeriesId = e.SeriesId, IsPublic = e.IsPublic,
    };
}
