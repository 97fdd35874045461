using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;

namespace Participation.Api.Monitoring;

/// <summary>The picture of the charts a report's format shows: vectors for PDF, PNG for DOCX, SVG for HTML.</summary>
public enum ReportPicture
{
    Png,
    Svg,
    Vector,
}

/// <summary>An indicator's chart for a report (the trend, or the municipalities where the whole area has no values), from the renderer the indicators feature shares with its API and pages.</summary>
internal static class MonitoringCharts
{
    public static ReportPicture For(string format) => format switch
    {
        "html" => ReportPicture.Svg,
        "pdf" => ReportPicture.Vector,
        _ => ReportPicture.Png,
    };

    public static (byte[]? Png, string? Svg, ChartPicture? Picture, string Description) Render(
        Indicator indicator, IReadOnlyList<IndicatorValue> values, ChartLabels labels, ReportPicture picture)
    {
        var chart = new IndicatorChart(indicator, values, ChartData.ViewFor(values), labels);
        return (picture == ReportPicture.Png ? IndicatorCharts.Png(chart) : null,
            picture == ReportPicture.Svg ? IndicatorCharts.Svg(chart) : null,
            picture == ReportPicture.Vector ? IndicatorCharts.Picture(chart) : null,
            ChartDescriptions.Describe(chart));
    }
}
