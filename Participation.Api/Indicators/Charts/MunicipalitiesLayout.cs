using Participation.Api.Registrations.Printing;

namespace Participation.Api.Indicators.Charts;

/// <summary>The comparison: one horizontal bar per municipality in one year, its value at the bar's end, the target as a dashed line down.</summary>
internal static class MunicipalitiesLayout
{
    private const double Row = 26;
    private const double BarHeight = 16;
    private const double Bottom = 56;
    private const double NameWidthMax = 220;
    private const double ValueRoom = 72;

    public static int Height(int rows) => (int)Math.Max(ChartLayout.TrendHeight, ChartLayout.PlotTop + 24 + rows * Row + Bottom);

    public static int Lay(IndicatorChart chart, IReadOnlyList<IndicatorValue> values, PdfText text, List<ChartShape> shapes)
    {
        var culture = chart.Labels.Culture;
        var height = Height(values.Count);
        var target = chart.Indicator.Target;
        var low = Math.Min(0, Math.Min(values.Min(v => v.Value), target ?? 0));
        var high = Math.Max(0, Math.Max(values.Max(v => v.Value), target ?? 0));
        var (axisLow, axisHigh, step) = ChartNumbers.Scale(low, high);

        var nameWidth = Math.Min(NameWidthMax, values.Max(v => text.Width(v.Municipality, (float)ChartLayout.LabelSize)));
        var left = ChartLayout.Margin + nameWidth + 10;
        var right = ChartLayout.Width - ChartLayout.Margin - ValueRoom;
        var top = ChartLayout.PlotTop + 24;
        var bottom = top + values.Count * Row;
        double X(decimal value) => left + (double)((value - axisLow) / (axisHigh - axisLow)) * (right - left);

        for (var tick = axisLow; tick <= axisHigh; tick += step)
        {
            var x = X(tick);
            shapes.Add(new ChartLine(x, top, x, bottom, tick == 0 ? ChartInk.Axis : ChartInk.Grid, 1, false, tick == 0 ? "axis" : "grid"));
            shapes.Add(new ChartText(ChartNumbers.Format(tick, culture), x, bottom + 18, ChartLayout.LabelSize, false, ChartAnchor.Middle, ChartInk.Muted, "tick"));
        }
        if (!string.IsNullOrWhiteSpace(chart.Indicator.Unit))
        {
            shapes.Add(new ChartText(text.Fit(chart.Indicator.Unit, (float)ChartLayout.LabelSize, (float)(right - left)), (left + right) / 2, bottom + 40,
                ChartLayout.LabelSize, false, ChartAnchor.Middle, ChartInk.Muted, "axis-title"));
        }

        if (target is { } goal)
        {
            var x = X(goal);
            shapes.Add(new ChartLine(x, top - 4, x, bottom, ChartInk.Target, 2, true, "target-line"));
            shapes.Add(new ChartText(ChartLayout.TargetLabel(chart, goal), Math.Min(x, right), top - 8, ChartLayout.LabelSize, true,
                x > (left + right) / 2 ? ChartAnchor.End : ChartAnchor.Start, ChartInk.Target, "target-label"));
        }

        var zero = X(0);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var middle = top + i * Row + Row / 2;
            var end = X(value.Value);
            shapes.Add(new ChartText(text.Fit(value.Municipality, (float)ChartLayout.LabelSize, (float)nameWidth), left - 8, middle + 4,
                ChartLayout.LabelSize, false, ChartAnchor.End, ChartInk.Text, "municipality"));
            shapes.Add(new ChartRect(Math.Min(zero, end), middle - BarHeight / 2, Math.Abs(end - zero), BarHeight, ChartInk.Bar, null, "bar"));
            var label = ChartNumbers.Format(value.Value, culture);
            shapes.Add(value.Value >= 0
                ? new ChartText(label, end + 6, middle + 4, ChartLayout.ValueSize, false, ChartAnchor.Start, ChartInk.Text, "value-label")
                : new ChartText(label, end - 6, middle + 4, ChartLayout.ValueSize, false, ChartAnchor.End, ChartInk.Text, "value-label"));
        }

        return height;
    }
}
