namespace Participation.Api.Events;

/// <summary>One event of a process: a Zukunftskonferenz, a workshop, an expert round, a focus group meeting…</summary>
public sealed class Event
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public Guid? SeriesId { get; set; }
    public required string Title { get; set; }
    public EventKind Kind { get; set; }
    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }
    /// <summary>UTC.</summary>
    public DateTime EndsAt { get; set; }
    /// <summary>IANA id; times are shown in it.</summary>
    public required string TimeZone { get; set; }
    public string? Venue { get; set; }
    public string? OnlineUrl { get; set; }
    public int? Capacity { get; set; }
    public string? Description { get; set; }
    /// <summary>Whether the event has a page anyone can open.</summary>
    public bool IsPublic { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<EventArea> Areas { get; set; } = [];
    public List<Session> Sessions { get; set; } = [];
}

/// <summary>Links an event to the thematic areas it works on.</summary>
public sealed class EventArea
{
    public Guid EventId { get; set; }
    public Guid AreaId { get; set; }
}
