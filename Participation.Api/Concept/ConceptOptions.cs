using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Concept;

/// <summary>Bound from <c>Participation:Concept</c>: every limit of concept documents and readers' contributions.</summary>
public sealed class ConceptOptions
{
    [Range(4, 12)] public int CodeLength { get; set; } = 6;
    [Range(1, 1000)] public int MaxSectionsPerDocument { get; set; } = 300;
    [Range(10, 100_000)] public int SummaryMaxLength { get; set; } = 4000;
    [Range(10, 10_000)] public int ContributionMaxLength { get; set; } = 2000;
    [Range(10, 10_000)] public int AnswerMaxLength { get; set; } = 4000;
    [Range(1, 200)] public int AuthorNameMaxLength { get; set; } = 80;
    /// <summary>Contributions one device may make per hour, over all sections.</summary>
    [Range(1, 1000)] public int MaxContributionsPerDeviceHour { get; set; } = 5;
    /// <summary>Workshop ideas shown on a section page.</summary>
    [Range(0, 200)] public int IdeasShown { get; set; } = 20;
    /// <summary>Published contributions shown on a section page.</summary>
    [Range(1, 1000)] public int ContributionsShown { get; set; } = 100;
    [Range(64, 4096)] public int MaxQrPngSize { get; set; } = 2048;
}
