using System.Globalization;
using Microsoft.Extensions.Localization;
using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;

namespace Participation.Api.Monitoring;

/// <summary>An indicator's chart for a report (the trend, or the municipalities where the whole area has no values), from the renderer the indicators feature shares with its API and pages.</summary>
internal static class MonitoringCharts
{
    public static (byte[] Png, string Svg, string Description) Render(Indicator indicator, IReadOnlyList<IndicatorValue> values, IStringLocalizer<Messages> text)
    {
        var chart = new IndicatorChart(indicator, values, ChartData.ViewFor(values), ChartLabels.For(text, CultureInfo.CurrentCulture));
        return (IndicatorCharts.Png(chart), IndicatorCharts.Svg(chart), ChartDescriptions.Describe(chart));
    }
}
