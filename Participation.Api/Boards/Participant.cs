namespace Participation.Api.Boards;

/// <summary>Someone who joined a board with its code: no account, no email, a token on their phone.</summary>
public sealed class Participant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BoardId { get; set; }
    /// <summary>SHA-256 of the token; the token itself is only ever on the participant's device.</summary>
    public required string TokenHash { get; set; }
    public string? DisplayName { get; set; }
    public string? Language { get; set; }
    public DateTime CreatedAt { get; set; }
}
