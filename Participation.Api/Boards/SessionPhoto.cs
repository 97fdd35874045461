namespace Participation.Api.Boards;

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
