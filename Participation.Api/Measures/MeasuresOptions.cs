using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Measures;

/// <summary>Bound from <c>Participation:Measures</c>: the limits of measures, their status changes and concept versions.</summary>
public sealed class MeasuresOptions
{
    /// <summary>The earliest start or activity year a measure may have.</summary>
    [Range(1900, 2100)] public int EarliestYear { get; set; } = 2000;
    /// <summary>How many years past the current one a time frame may reach.</summary>
    [Range(1, 100)] public int YearsAhead { get; set; } = 30;
    [Range(10, 300)] public int TitleMaxLength { get; set; } = 300;
    [Range(10, 300)] public int ResponsibleOrganisationMaxLength { get; set; } = 300;
    [Range(100, 100_000)] public int DescriptionMaxLength { get; set; } = 8000;
    [Range(1, 500)] public int MaxActivitiesPerMeasure { get; set; } = 60;
    [Range(10, 10_000)] public int ActivityTextMaxLength { get; set; } = 2000;
    /// <summary>Recommendations and sections, each, that one measure may link.</summary>
    [Range(1, 1000)] public int MaxLinksPerMeasure { get; set; } = 50;
    [Range(10, 10_000)] public int StatusCommentMaxLength { get; set; } = 2000;
    /// <summary>How many days after today a status change may be dated (a change agreed for next week).</summary>
    [Range(0, 366)] public int StatusDateMaxDaysAhead { get; set; } = 0;
    [Range(1, 1000)] public int MaxVersionsPerDocument { get; set; } = 100;
}
