using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Events;
using Participation.Api.Measures;

namespace Participation.Api.Recommendations;

/// <summary>An idea with the place it was posted: column, board, session, event.</summary>
public sealed record TracedIdea(
    Guid Id, string Text, IdeaSource Source, IdeaMark Mark, bool Hidden, bool Withdrawn, Guid? MergedIntoId,
    Guid ColumnId, string ColumnTitle, Guid BoardId, string BoardTitle, Guid SessionId, string SessionTitle,
    Guid EventId, string EventTitle, EventKind EventKind, DateTimeOffset EventStartsAt);

/// <summary>A concept section as it is now; a withdrawn one is still shown, marked withdrawn.</summary>
public sealed record TracedSection(
    Guid Id, Guid DocumentId, string DocumentTitle, string Version, string Number, string Title, string Code, bool Withdrawn);

public sealed record TracedMeasure(
    Guid Id, string Title, MeasureStatus Status, string ResponsibleOrganisation, int StartYear, int? EndYear,
    bool LinkedToRecommendation, bool LinkedToSection);

public sealed record TracedRecommendation(
    Guid Id, RecommendationKind Kind, string Title, RecommendationState State, Guid? BodyId, string? BodyName,
    DateOnly? AgreedOn, DateOnly? SubmittedOn, string? Committee, DateOnly? DecidedOn, string? DecisionReference, DecisionResult? DecisionResult,
    IReadOnlyList<Guid> FromIdeaIds, TracedSection? Section, IReadOnlyList<TracedMeasure> Measures);

/// <summary>
/// Where an idea went. <see cref="MergedInto"/> is the chain of ideas it was merged into, <see cref="MergedFrom"/> the ideas
/// merged into it, <see cref="MergedAlongside"/> the others merged into the same idea; the recommendations are those of any of them.
/// </summary>
public sealed record IdeaTraceResponse(
    TracedIdea Idea, IReadOnlyList<TracedIdea> MergedInto, IReadOnlyList<TracedIdea> MergedFrom, IReadOnlyList<TracedIdea> MergedAlongside,
    IReadOnlyList<TracedRecommendation> Recommendations);

/// <summary>An idea a recommendation came from; not <see cref="Named"/> when it is only merged with one that was named as a source.</summary>
public sealed record OriginIdea(TracedIdea Idea, bool Named, IReadOnlyList<Guid> RecommendationIds);

public sealed record OriginContribution(
    Guid Id, string Text, ContributionKind Kind, Guid SectionId, string SectionNumber, string SectionTitle, IReadOnlyList<Guid> RecommendationIds);

public sealed record OriginSession(Guid Id, string Title, Guid EventId);

public sealed record OriginEvent(Guid Id, string Title, EventKind Kind, DateTimeOffset StartsAt);

public sealed record OriginBody(Guid Id, string Name);

public sealed record OriginRecommendation(Guid Id, RecommendationKind Kind, string Title, RecommendationState State);

/// <summary>Which ideas, contributions, sessions, events and bodies something came from, through its recommendations.</summary>
public sealed record OriginsResponse(
    IReadOnlyList<OriginRecommendation> Recommendations, IReadOnlyList<OriginIdea> Ideas, IReadOnlyList<OriginContribution> Contributions,
    IReadOnlyList<OriginSession> Sessions, IReadOnlyList<OriginEvent> Events, IReadOnlyList<OriginBody> Bodies);
