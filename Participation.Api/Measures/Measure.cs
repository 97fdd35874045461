namespace Participation.Api.Measures;

/// <summary>A measure of the concept's variable part.</summary>
public sealed class Measure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    public Guid? AreaId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string ResponsibleOrganisation { get; set; }
    public int StartYear { get; set; }
    public int? EndYear { get; set; }
    public MeasureStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<MeasureActivity> Activities { get; set; } = [];
    public List<MeasureRecommendation> Recommendations { get; set; } = [];
    public List<MeasureSection> Sections { get; set; } = [];
}

public enum MeasureStatus
{
    Planned,
    Started,
    Done,
    Dropped,
}

/// <summary>What is planned for the measure in one year.</summary>
public sealed class MeasureActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeasureId { get; set; }
    public int Year { get; set; }
    public required string Text { get; set; }
    public int Position { get; set; }
}

public sealed class MeasureRecommendation
{
    public Guid MeasureId { get; set; }
    public Guid RecommendationId { get; set; }
}

public sealed class MeasureSection
{
    public Guid MeasureId { get; set; }
    public Guid SectionId { get; set; }
}

/// <summary>A change of status with its date and comment; the first is the measure's creation.</summary>
public sealed class MeasureStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeasureId { get; set; }
    public MeasureStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Comment { get; set; }
    public Guid? AccountId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A published version of a concept (the update every few years): a frozen copy of its sections, measures and
/// recommendations, so a later version can show what changed since.
/// </summary>
public sealed class ConceptVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DocumentId { get; set; }
    /// <summary>As the document's edition was called then, such as "2.0" or "Fortschreibung 2027".</summary>
    public required string Version { get; set; }
    public int Number { get; set; }
    public DateOnly PublishedOn { get; set; }
    /// <summary>The frozen content as JSON (<c>ConceptSnapshot</c>).</summary>
    public required string Snapshot { get; set; }
    public DateTime CreatedAt { get; set; }
}
