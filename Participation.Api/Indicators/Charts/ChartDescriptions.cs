namespace Participation.Api.Indicators.Charts;

/// <summary>The chart in one or two sentences, for its SVG description, the page beside it and the exports.</summary>
public static class ChartDescriptions
{
    public static string Describe(IndicatorChart chart)
    {
        var labels = chart.Labels;
        var unit = chart.Indicator.Unit;
        string V(decimal value) => ChartNumbers.WithUnit(value, unit, labels.Culture);
        var values = ChartData.Shown(chart);
        var sentence = values.Count switch
        {
            0 => ChartData.EmptyText(chart),
            1 when chart.View == ChartView.Municipalities =>
                labels.Format(labels.DescribeOneYear, values[0].Year, $"{V(values[0].Value)} ({values[0].Municipality})"),
            _ when chart.View == ChartView.Municipalities => labels.Format(labels.DescribeMunicipalities,
                values.Count, ChartData.ComparisonYear(chart)!, V(values[^1].Value), values[^1].Municipality, V(values[0].Value), values[0].Municipality),
            1 => labels.Format(labels.DescribeOneYear, values[0].Year, V(values[0].Value)),
            _ => labels.Format(labels.DescribeTrend, values[0].Year, values[^1].Year, V(values[0].Value), V(values[^1].Value)),
        };
        return chart.Indicator.Target is { } target ? $"{sentence} {ChartLayout.TargetLabel(chart, target)}." : sentence;
    }
}
