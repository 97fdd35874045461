namespace Participation.Api.Events;

/// <summary>A part of an event where people work together: a table, a room, a time slot.</summary>
public sealed class Session
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public Guid? AreaId { get; set; }
    /// <summary>Table, room or breakout, for example "Tisch 3" or "Raum 2.14".</summary>
    public string? Location { get; set; }
    /// <summary>UTC; empty when the session runs for the whole event.</summary>
    public DateTime? StartsAt { get; set; }
    /// <summary>UTC.</summary>
    public DateTime? EndsAt { get; set; }
    public int Position { get; set; }
    /// <summary>The facilitator's short account of what happened, for the documentation.</summary>
    public string? Summary { get; set; }
    public string? KeyResults { get; set; }
    public string? NextSteps { get; set; }
}
