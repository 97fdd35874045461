using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Api.Recommendations;

namespace Participation.Api.Monitoring;

/// <summary>
/// What the public sees of a process's monitoring: indicators by area, measures, and recommendations past draft.
/// Nothing personal: no member names, no emails, no accounts.
/// </summary>
public sealed record MonitoringResponse(
    Guid ProcessId, string Title, string? Organisation, DateTime? PublishedAt, MonitoringSectionResponse? Section,
    IReadOnlyList<MonitoringAreaResponse> Areas, IReadOnlyList<MonitoringMeasureResponse> Measures,
    IReadOnlyList<MonitoringRecommendationResponse> Recommendations)
{
    public bool IsEmpty => Areas.All(a => a.Indicators.Count == 0) && Measures.Count == 0 && Recommendations.Count == 0;
}

/// <summary>The concept section a QR code named, when the monitoring is filtered by it.</summary>
public sealed record MonitoringSectionResponse(string Code, string Number, string Title);

/// <summary>A thematic area and its indicators; <see cref="Id"/> is null for indicators of no area.</summary>
public sealed record MonitoringAreaResponse(Guid? Id, string? Name, IReadOnlyList<MonitoringIndicatorResponse> Indicators);

public sealed record MonitoringIndicatorResponse(
    Guid Id, string Name, string? Definition, string Unit, string? Source, IndicatorDirection Direction, decimal? Target, int? TargetYear,
    IReadOnlyList<MonitoringValueResponse> Values, MonitoringValueResponse? Latest, IndicatorTrend Trend, bool? TargetReached,
    string ChartSvg, string ChartPng);

/// <summary>An empty <see cref="Municipality"/> is the whole area of the process.</summary>
public sealed record MonitoringValueResponse(int Year, string Municipality, decimal Value);

/// <summary>How the latest value compares with the year before, read with the indicator's direction of improvement.</summary>
public enum IndicatorTrend
{
    Unknown,
    Better,
    Worse,
    Same,
    Changed,
}

public sealed record MonitoringMeasureResponse(
    Guid Id, Guid? AreaId, string? Area, string Title, string? Description, string ResponsibleOrganisation, int StartYear, int? EndYear,
    MeasureStatus Status, DateOnly? StatusOn, string? StatusComment);

public sealed record MonitoringRecommendationResponse(
    Guid Id, RecommendationKind Kind, Guid? AreaId, string? Area, string? Body, string Title, string Text, RecommendationState State,
    DateOnly? AgreedOn, DateOnly? SubmittedOn, string? Committee, DateOnly? DecidedOn, string? DecisionReference, DecisionResult? DecisionResult,
    string? SectionCode, string? SectionTitle);

public sealed record MonitoringPublicationInput(bool? Published);

public sealed record MonitoringPublicationResponse(bool Published, DateTime? PublishedAt);
