using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Indicators;

/// <summary>Bound from <c>Participation:Indicators</c>: the sizes of indicators and of their value imports.</summary>
public sealed class IndicatorsOptions
{
    [Range(1, 1000)] public int MaxIndicatorsPerProcess { get; set; } = 200;
    [Range(10, 300)] public int NameMaxLength { get; set; } = 200;
    [Range(1, 64)] public int UnitMaxLength { get; set; } = 40;
    /// <summary>Longest definition and source text.</summary>
    [Range(100, 20_000)] public int TextMaxLength { get; set; } = 4000;
    [Range(1800, 2100)] public int MinYear { get; set; } = 1990;
    [Range(1900, 2200)] public int MaxYear { get; set; } = 2100;
    [Range(1, 1000)] public int MaxMunicipalitiesPerIndicator { get; set; } = 100;
    [Range(10, 120)] public int MunicipalityMaxLength { get; set; } = 120;
    /// <summary>Values (JSON entries or CSV lines) in one request.</summary>
    [Range(1, 100_000)] public int MaxValuesPerImport { get; set; } = 5000;
    [Range(1024, 10_000_000)] public int MaxImportBytes { get; set; } = 1_000_000;
    /// <summary>Memory for rendered chart files (SVG and PNG), in megabytes; 0 renders every request anew.</summary>
    [Range(0, 4096)] public int ChartCacheMegabytes { get; set; } = 64;
}
