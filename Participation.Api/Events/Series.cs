namespace Participation.Api.Events;

/// <summary>Events that belong together: a workshop series, the meetings of a focus group.</summary>
public sealed class Series
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
}
