namespace Participation.Api.Boards;

public sealed record ColumnInput(string Title, Guid? Id = null);

/// <summary>Creates a board, or replaces its settings (columns keep their ids when given).</summary>
public sealed record BoardInput(
    string Title,
    IReadOnlyList<ColumnInput> Columns,
    int VoteBudget = 5,
    int MaxVotesPerIdea = 1,
    bool NamedPosting = false,
    bool SilentBrainstorm = false,
    IReadOnlyList<Guid>? AreaIds = null);

public sealed record ColumnDto(Guid Id, string Title, int Position);

public sealed record AreaTagDto(Guid Id, string Name);

public sealed record BoardDto(
    Guid Id,
    Guid SessionId,
    string Title,
    string JoinCode,
    string JoinUrl,
    BoardPhase Phase,
    int VoteBudget,
    int MaxVotesPerIdea,
    bool NamedPosting,
    bool SilentBrainstorm,
    bool ResultsPublished,
    DateTimeOffset? TimerEndsAt,
    IReadOnlyList<ColumnDto> Columns,
    IReadOnlyList<AreaTagDto> Areas);

/// <summary>
/// An idea as a viewer sees it. <c>Concealed</c> ideas (silent brainstorm, someone
/// else's) carry no text and no author.
/// </summary>
public sealed record IdeaDto(
    Guid Id,
    Guid ColumnId,
    Guid? AreaId,
    string? Text,
    string? AuthorName,
    int Votes,
    bool Pinned,
    Guid? ClusterId,
    Guid? MergedIntoId,
    bool Hidden,
    string? HiddenReason,
    bool Withdrawn,
    bool Concealed,
    IdeaSource Source,
    string? Language,
    DateTimeOffset CreatedAt);

public sealed record ClusterDto(Guid Id, string Name);

public sealed record BoardSnapshot(BoardDto Board, IReadOnlyList<IdeaDto> Ideas, IReadOnlyList<ClusterDto> Clusters, long Seq);

/// <summary>What the caller is on this board, and for a participant their own ideas and dots.</summary>
public sealed record MeDto(
    string Role,
    Guid? ParticipantId,
    string? DisplayName,
    IReadOnlyList<IdeaDto> MyIdeas,
    IReadOnlyDictionary<Guid, int> MyVotes,
    int DotsLeft);

/// <summary>One entry of the board's log as clients receive it (hub method "BoardEvent").</summary>
public sealed record BoardEventMessage(Guid BoardId, long Seq, string Type, object Data);

/// <summary>
/// The answer to JoinBoard: the events after the client's last sequence number,
/// or a snapshot when it has none or is too far behind.
/// </summary>
public sealed record JoinBoardResult(long Seq, BoardSnapshot? Snapshot, IReadOnlyList<BoardEventMessage> Events, MeDto Me);

public sealed record PostIdeaInput(Guid ColumnId, string Text, string ClientId, Guid? AreaId = null, string? Language = null);

public sealed record EditIdeaInput(string Text, Guid? AreaId = null, string? Language = null);

public sealed record VoteInput(int Delta);

public sealed record VoteResult(Guid IdeaId, int Votes, int MyDots, int DotsLeft);

public sealed record JoinRequest(string? DisplayName = null, string? Language = null);

public sealed record JoinResponse(string ParticipantToken, Guid BoardId, Guid ParticipantId, string BoardTitle);

public sealed record HideInput(string Reason);

public sealed record MoveInput(Guid ColumnId);

public sealed record MergeInput(Guid TargetId, IReadOnlyList<Guid> SourceIds);

public sealed record ClusterInput(string Name);

public sealed record IdeaClusterInput(Guid? ClusterId);

public sealed record PinInput(bool Pinned);

public sealed record TimerInput(int Seconds);

public sealed record PhaseInput(BoardPhase Phase);

public sealed record PublishInput(bool Published);

/// <summary>Cards typed in from paper: one per line, all in one column (and area).</summary>
public sealed record CardsInput(Guid ColumnId, string Lines, Guid? AreaId = null, string? BatchId = null, string? Language = null);

public sealed record HostInput(string Name);

public sealed record HostResponse(Guid Id, string Name, string HostToken, string HostUrl, DateTimeOffset ValidUntil);

public sealed record PhotoResponse(Guid Id, Guid SessionId, string FileName, string ContentType, long Length, string? Caption, DateTimeOffset UploadedAt, string Url);

/// <summary>The read-only result of a board: per column its visible ideas, most dots first.</summary>
public sealed record BoardResults(
    Guid BoardId,
    string Title,
    BoardPhase Phase,
    IReadOnlyList<ResultColumn> Columns,
    IReadOnlyList<ClusterDto> Clusters,
    IReadOnlyList<AreaTagDto> Areas);

public sealed record ResultColumn(Guid Id, string Title, IReadOnlyList<IdeaDto> Ideas);
