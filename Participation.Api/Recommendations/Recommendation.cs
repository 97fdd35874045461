namespace Participation.Api.Recommendations;

/// <summary>A recommendation to politics or a guideline (Leitlinie), made from ideas and contributions.</summary>
public sealed class Recommendation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public RecommendationKind Kind { get; set; }
    public Guid? AreaId { get; set; }
    /// <summary>The body that proposed it, if any.</summary>
    public Guid? BodyId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public string? Rationale { get; set; }
    public RecommendationState State { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    /// <summary>The committee it went to or was decided by, such as "Kreistag" or "Ausschuss für Soziales".</summary>
    public string? Committee { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>The decision's reference in the council information system, such as "2022/032".</summary>
    public string? DecisionReference { get; set; }
    public DecisionResult? DecisionResult { get; set; }
    /// <summary>The concept section it became part of.</summary>
    public Guid? SectionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum RecommendationKind
{
    Recommendation,
    Guideline,
}

/// <summary>In the order an administration moves a recommendation on.</summary>
public enum RecommendationState
{
    Draft,
    Agreed,
    Submitted,
    Decided,
    InConcept,
}

public enum DecisionResult
{
    Adopted,
    AdoptedWithChanges,
    Rejected,
    Deferred,
}

/// <summary>What a recommendation came from: an idea of a board (posted, from a paper card, by a facilitator) or a concept contribution.</summary>
public sealed class RecommendationSource
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecommendationId { get; set; }
    public Guid? IdeaId { get; set; }
    public Guid? ContributionId { get; set; }
}

/// <summary>One step of a recommendation's way, kept for its history.</summary>
public sealed class RecommendationStateChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecommendationId { get; set; }
    public RecommendationState State { get; set; }
    public DateOnly On { get; set; }
    public string? Committee { get; set; }
    public string? DecisionReference { get; set; }
    public DecisionResult? DecisionResult { get; set; }
    public Guid? SectionId { get; set; }
    public string? Comment { get; set; }
    public Guid? AccountId { get; set; }
    public DateTime CreatedAt { get; set; }
}
