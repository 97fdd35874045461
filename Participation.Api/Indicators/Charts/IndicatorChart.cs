using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Indicators.Charts;

/// <summary>What one chart shows: an indicator, its values (all of them; the view picks), and the words around them.</summary>
public sealed record IndicatorChart(Indicator Indicator, IReadOnlyList<IndicatorValue> Values, ChartView View, ChartLabels Labels);

/// <summary>Trend: the whole area's values over the years. Municipalities: the municipalities side by side in one year.</summary>
public enum ChartView
{
    Trend,
    Municipalities,
}

/// <summary>
/// The localised words and number culture of a chart. The templates keep their placeholders;
/// <see cref="ComparisonYear"/> picks the year of the municipalities view (the latest one with values when null).
/// </summary>
public sealed record ChartLabels(
    CultureInfo Culture, string Year, string WholeArea, string MunicipalitiesIn, string Target, string TargetYear, string Empty,
    string EmptyTrend, string EmptyMunicipalities,
    string DescribeTrend, string DescribeOneYear, string DescribeMunicipalities, int? ComparisonYear = null)
{
    public static ChartLabels For(IStringLocalizer<Messages> text, CultureInfo culture, int? comparisonYear = null) => new(
        culture, text["Chart.Year"], text["Chart.WholeArea"], text["Chart.MunicipalitiesIn"], text["Chart.Target"], text["Chart.TargetYear"],
        text["Chart.Empty"], text["Chart.Empty.Trend"], text["Chart.Empty.Municipalities"], text["Chart.Describe.Trend"], text["Chart.Describe.OneYear"], text["Chart.Describe.Municipalities"], comparisonYear);

    internal string Format(string template, params object[] values) => string.Format(Culture, template, values);
}
