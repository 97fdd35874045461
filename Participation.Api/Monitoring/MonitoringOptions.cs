using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Monitoring;

/// <summary>Bound from <c>Participation:Monitoring</c>: the years an annual report may be asked for.</summary>
public sealed class MonitoringOptions
{
    [Range(1900, 2200)] public int ReportFirstYear { get; set; } = 2000;
    [Range(1900, 2200)] public int ReportLastYear { get; set; } = 2100;
}
