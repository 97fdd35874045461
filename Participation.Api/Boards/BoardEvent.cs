namespace Participation.Api.Boards;

/// <summary>
/// One entry of a board's append-only log, written in the same transaction as
/// the change it records. Sequence numbers are per board and have no gaps;
/// the board can be rebuilt from its log.
/// </summary>
public sealed class BoardEvent
{
    public Guid BoardId { get; set; }
    public long Seq { get; set; }
    public required string Type { get; set; }
    /// <summary>The change as JSON, in the facilitators' full view; participants get a redacted copy where needed.</summary>
    public required string Data { get; set; }
    /// <summary>What participants and the wall see of the change, when it differs (a concealed idea, a hiding reason).</summary>
    public string? PublicData { get; set; }
    public DateTime CreatedAt { get; set; }
}
