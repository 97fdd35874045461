namespace Participation.Api.Indicators;

/// <summary>A monitoring indicator of a thematic area, such as "Anteil ausländischer Beschäftigter".</summary>
public sealed class Indicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public Guid? AreaId { get; set; }
    public required string Name { get; set; }
    public string? Definition { get; set; }
    /// <summary>As shown beside each value: "%", "Personen", "je 1.000 Einwohner".</summary>
    public required string Unit { get; set; }
    public string? Source { get; set; }
    public IndicatorDirection Direction { get; set; }
    public decimal? Target { get; set; }
    public int? TargetYear { get; set; }
    public int Position { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Which way is better, so charts and reports can say whether a change is progress.</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

/// <summary>The value of an indicator in one year for one municipality; the empty municipality is the whole area of the process.</summary>
public sealed class IndicatorValue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IndicatorId { get; set; }
    public int Year { get; set; }
    public string Municipality { get; set; } = "";
    public decimal Value { get; set; }
    public DateTime UpdatedAt { get; set; }
}
