namespace Participation.Api.Indicators.Charts;

/// <summary>The values a view shows, picked the same way for the drawing, the description and the data table.</summary>
public static class ChartData
{
    /// <summary>The whole area's values (municipality ""), oldest year first.</summary>
    public static IReadOnlyList<IndicatorValue> Trend(IndicatorChart chart) =>
        [.. chart.Values.Where(v => v.Municipality.Length == 0).OrderBy(v => v.Year)];

    /// <summary>The year the municipalities view compares: the one asked for, else the latest with municipality values.</summary>
    public static int? ComparisonYear(IndicatorChart chart) =>
        chart.Labels.ComparisonYear ?? chart.Values.Where(v => v.Municipality.Length > 0).Select(v => (int?)v.Year).Max();

    /// <summary>The municipalities' values of the comparison year, highest first, then by name.</summary>
    public static IReadOnlyList<IndicatorValue> Municipalities(IndicatorChart chart)
    {
        var year = ComparisonYear(chart);
        var comparer = StringComparer.Create(chart.Labels.Culture, ignoreCase: false);
        return [.. chart.Values.Where(v => v.Municipality.Length > 0 && v.Year == year)
            .OrderByDescending(v => v.Value).ThenBy(v => v.Municipality, comparer)];
    }

    public static IReadOnlyList<IndicatorValue> Shown(IndicatorChart chart) =>
        chart.View == ChartView.Trend ? Trend(chart) : Municipalities(chart);

    /// <summary>The view that has something to show: the trend when the whole area has values, else the municipalities.</summary>
    public static ChartView ViewFor(IReadOnlyList<IndicatorValue> values) =>
        values.Count > 0 && values.All(v => v.Municipality.Length > 0) ? ChartView.Municipalities : ChartView.Trend;

    /// <summary>Why a view is empty: no values at all, or values only of the other view.</summary>
    public static string EmptyText(IndicatorChart chart) => chart.Values.Count == 0
        ? chart.Labels.Empty
        : chart.View == ChartView.Trend ? chart.Labels.EmptyTrend : chart.Labels.EmptyMunicipalities;
}
