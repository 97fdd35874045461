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

/// <summary>A photo of a flipchart or pin board, attached to a session.</summary>
public sealed class SessionPhoto
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public string? Caption { get; set; }
    public DateTime UploadedAt { get; set; }
}
