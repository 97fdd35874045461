namespace Participation.Api.Boards;

/// <summary>A table host: may run the boards of one session until the end of that day, without an account.</summary>
public sealed class SessionHost
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTime ValidUntil { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
