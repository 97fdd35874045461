namespace Participation.Bench.BareHub;

// The shapes of Participation.Api/Boards/BoardContracts.cs, so messages are the same size.

public sealed record PostIdeaInput(Guid ColumnId, string Text, string ClientId, Guid? AreaId = null, string? Language = null);

public sealed record IdeaDto(
    Guid Id, Guid ColumnId, Guid? AreaId, string? Text, string? AuthorName, int Votes, bool Pinned, Guid? ClusterId,
    Guid? MergedIntoId, bool Hidden, string? HiddenReason, bool Withdrawn, bool Concealed, string Source, string? Language,
    DateTimeOffset CreatedAt);

/// <summary><c>Data</c> is <c>object</c> as in the product, so it is serialised by its runtime type there too.</summary>
public sealed record BoardEventMessage(Guid BoardId, long Seq, string Type, object Data);

public sealed record MeDto(string Role, Guid? ParticipantId, string? DisplayName, IReadOnlyList<IdeaDto> MyIdeas, IReadOnlyDictionary<Guid, int> MyVotes, int DotsLeft);

public sealed record JoinBoardResult(long Seq, object? Snapshot, IReadOnlyList<BoardEventMessage> Events, MeDto Me);

public sealed record ColumnDto(Guid Id, string Title, int Position);

public sealed record BoardCreated(Guid Id, string JoinCode, IReadOnlyList<ColumnDto> Columns);

public sealed record JoinResponse(string ParticipantToken, Guid BoardId, Guid ParticipantId, string BoardTitle);
