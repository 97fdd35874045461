namespace Participation.Api.Processes;

/// <summary>A thematic area (Handlungsfeld) of a process, such as "Sprache" or "Arbeit und Beruf".</summary>
public sealed class ThematicArea
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
}
