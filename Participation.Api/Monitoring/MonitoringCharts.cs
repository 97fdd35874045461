using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;

namespace Participation.Api.Monitoring;

/// <summary>Which pictures of the charts a report's format shows: vectors for PDF, PNG for DOCX, SVG for HTML.</summary>
[Flags]
public enum ReportPictures
{
    Png = 1,
    Svg = 2,
    Vector = 4,
    Both = Png | Svg,
}

/// <summary>An indicator's chart for a report (the trend, or the municipalities where the whole area has no values), from the renderer the indicators feature shares with its API and pages.</summary>
internal static class MonitoringCharts
{
    public static ReportPictures For(string format) => format switch
    {
        "html" => ReportPictures.Svg,
        "pdf" => ReportPictures.Vector,
        "docx" => ReportPictures.Png,
        _ => ReportPictures.Both,
    };

    public static (byte[]? Png, string? Svg, ChartPicture? Picture, string Description) Render(
        Indicator indicator, IReadOnlyList<IndicatorValue> values, ChartLabels labels, ReportPictures pictures)
    {
        var chart = new IndicatorChart(indicator, values, ChartData.ViewFor(values), labels);
        return (pictures.HasFlag(ReportPictures.Png) ? IndicatorCharts.Png(chart) : null,
            pictures.HasFlag(ReportPictures.Svg) ? IndicatorCharts.Svg(chart) : null,
            pictures.HasFlag(ReportPictures.Vector) ? IndicatorCharts.Picture(chart) : null,
            ChartDescriptions.Describe(chart));
    }
}
