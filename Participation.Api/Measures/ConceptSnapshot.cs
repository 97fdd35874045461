using Participation.Api.Recommendations;

namespace Participation.Api.Measures;

/// <summary>
/// What a version of a concept froze: its sections, every measure of its process, and the recommendations that became part
/// of its sections, each as it stood then (titles and names copied, so later edits do not reach into the version).
/// </summary>
public sealed record ConceptSnapshot(
    IReadOnlyList<SnapshotSection> Sections, IReadOnlyList<SnapshotMeasure> Measures, IReadOnlyList<SnapshotRecommendation> Recommendations);

public sealed record SnapshotSection(Guid Id, string Code, string Number, string Title, bool Withdrawn);

public sealed record SnapshotMeasure(
    Guid Id, string Title, Guid? AreaId, string? Area, string ResponsibleOrganisation, int StartYear, int? EndYear, MeasureStatus Status,
    IReadOnlyList<ActivityResponse> Activities, IReadOnlyList<SnapshotLink> Recommendations, IReadOnlyList<string> SectionCodes);

public sealed record SnapshotLink(Guid Id, string Title);

public sealed record SnapshotRecommendation(
    Guid Id, RecommendationKind Kind, string Title, string? SectionCode, RecommendationState State, string? Committee, DateOnly? DecidedOn,
    string? DecisionReference, DecisionResult? DecisionResult);

public sealed record VersionInput(string? Version = null, DateOnly? PublishedOn = null);

public sealed record VersionSummary(Guid Id, Guid DocumentId, int Number, string Version, DateOnly PublishedOn, DateTimeOffset CreatedAt);

public sealed record VersionResponse(
    Guid Id, Guid DocumentId, int Number, string Version, DateOnly PublishedOn, DateTimeOffset CreatedAt, ConceptSnapshot Snapshot);
