namespace Participation.Api.Recommendations;

/// <summary>A new recommendation or guideline with the ideas and contributions it is made from.</summary>
public sealed record RecommendationInput(
    RecommendationKind Kind, string Title, string Text, string? Rationale = null, Guid? AreaId = null, Guid? BodyId = null,
    IReadOnlyList<Guid>? IdeaIds = null, IReadOnlyList<Guid>? ContributionIds = null);

/// <summary>The changeable details; sources and states have their own routes.</summary>
public sealed record RecommendationUpdate(
    RecommendationKind Kind, string Title, string Text, string? Rationale = null, Guid? AreaId = null, Guid? BodyId = null);

public sealed record SourcesInput(IReadOnlyList<Guid>? IdeaIds = null, IReadOnlyList<Guid>? ContributionIds = null);

/// <summary>
/// A move to <paramref name="State"/>. <paramref name="On"/> is the day of the step (agreed, submitted, decided; today when
/// left out for inConcept and for a step back). A step back needs a comment that says what was wrong.
/// </summary>
public sealed record StateInput(
    RecommendationState State, DateOnly? On = null, string? Committee = null, string? DecisionReference = null,
    DecisionResult? Result = null, Guid? SectionId = null, string? Comment = null);

public sealed record RecommendationResponse(
    Guid Id, Guid ProcessId, RecommendationKind Kind, Guid? AreaId, Guid? BodyId, string Title, string Text, string? Rationale,
    RecommendationState State, DateOnly? AgreedOn, DateOnly? SubmittedOn, string? Committee, DateOnly? DecidedOn,
    string? DecisionReference, DecisionResult? DecisionResult, Guid? SectionId,
    IReadOnlyList<Guid> IdeaIds, IReadOnlyList<Guid> ContributionIds, IReadOnlyList<RecommendationState> NextStates,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record StateChangeResponse(
    Guid Id, RecommendationState State, DateOnly On, string? Committee, string? DecisionReference, DecisionResult? DecisionResult,
    Guid? SectionId, string? Comment, Guid? AccountId, string? AccountName, DateTimeOffset CreatedAt);
