namespace Participation.Api.Boards;

/// <summary>A live idea board of one session: columns, ideas, dots.</summary>
public sealed class Board
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public required string Title { get; set; }
    /// <summary>Short, case-insensitive, without look-alike characters; printed on the wall and in the QR code.</summary>
    public required string JoinCode { get; set; }
    public BoardPhase Phase { get; set; } = BoardPhase.Collect;
    /// <summary>Dots each participant may place.</summary>
    public int VoteBudget { get; set; }
    /// <summary>How many of one participant's dots may go to one idea.</summary>
    public int MaxVotesPerIdea { get; set; } = 1;
    /// <summary>Participants' display names are shown with their ideas; otherwise ideas are anonymous.</summary>
    public bool NamedPosting { get; set; }
    /// <summary>Participants see only their own ideas until the facilitator reveals them.</summary>
    public bool SilentBrainstorm { get; set; }
    /// <summary>The read-only result view is open to anyone with the link.</summary>
    public bool ResultsPublished { get; set; }
    public DateTime? TimerEndsAt { get; set; }
    /// <summary>The sequence number of the last entry in the board's event log.</summary>
    public long LastSeq { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<BoardColumn> Columns { get; set; } = [];
    public List<BoardArea> Areas { get; set; } = [];
}

public enum BoardPhase
{
    Collect,
    Vote,
    Closed,
}

public sealed class BoardColumn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BoardId { get; set; }
    public required string Title { get; set; }
    public int Position { get; set; }
}

/// <summary>A thematic area participants may tag their ideas with on this board.</summary>
public sealed class BoardArea
{
    public Guid BoardId { get; set; }
    public Guid AreaId { get; set; }
}
