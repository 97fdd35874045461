using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Extensions;

/// <summary>Bound from <c>Participation:Limits</c>: every size limit the validators enforce.</summary>
public sealed class LimitsOptions
{
    [Range(10, 1000)] public int TitleMaxLength { get; set; } = 200;
    [Range(100, 100_000)] public int DescriptionMaxLength { get; set; } = 8000;
    [Range(10, 2000)] public int ShortTextMaxLength { get; set; } = 300;
    [Range(20, 4000)] public int UrlMaxLength { get; set; } = 2000;
    [Range(1, 1_000_000)] public int MaxEventCapacity { get; set; } = 100_000;
    [Range(1, 366)] public int MaxEventDurationDays { get; set; } = 14;
    [Range(1, 1000)] public int MaxAreasPerProcess { get; set; } = 50;
    [Range(1, 1000)] public int MaxSessionsPerEvent { get; set; } = 100;
}
