using Participation.Api.Registrations.Printing;

namespace Participation.Api.Indicators.Charts;

/// <summary>The trend: one point per year on a line, its value above it, the target as a dashed line across.</summary>
internal static class TrendLayout
{
    private const double XTicksHeight = 22;
    private const double XTitleHeight = 20;

    public static int Lay(IndicatorChart chart, IReadOnlyList<IndicatorValue> values, PdfText text, List<ChartShape> shapes)
    {
        var culture = chart.Labels.Culture;
        var target = chart.Indicator.Target;
        var low = Math.Min(values.Min(v => v.Value), target ?? decimal.MaxValue);
        var high = Math.Max(values.Max(v => v.Value), target ?? decimal.MinValue);
        if (low > 0 && low <= high / 2)
        {
            low = 0;
        }
        var (axisLow, axisHigh, step) = ChartNumbers.Scale(low, high);
        var ticks = new List<decimal>();
        for (var tick = axisLow; tick <= axisHigh; tick += step)
        {
            ticks.Add(tick);
        }
        var tickLabels = ticks.Select(t => ChartNumbers.Format(t, culture)).ToList();
        var tickWidth = tickLabels.Max(l => text.Width(l, (float)ChartLayout.LabelSize));

        var left = ChartLayout.Margin + tickWidth + 10;
        var right = ChartLayout.Width - ChartLayout.Margin;
        var top = ChartLayout.PlotTop + 8;
        var bottom = ChartLayout.TrendHeight - ChartLayout.Margin - XTitleHeight - XTicksHeight;
        double Y(decimal value) => bottom - (double)((value - axisLow) / (axisHigh - axisLow)) * (bottom - top);

        for (var i = 0; i < ticks.Count; i++)
        {
            var y = Y(ticks[i]);
            shapes.Add(new ChartLine(left, y, right, y, i == 0 ? ChartInk.Axis : ChartInk.Grid, 1, false, i == 0 ? "axis" : "grid"));
            shapes.Add(new ChartText(tickLabels[i], left - 8, y + 4, ChartLayout.LabelSize, false, ChartAnchor.End, ChartInk.Muted, "tick"));
        }

        var firstYear = values[0].Year;
        var lastYear = values[^1].Year;
        const double inset = 36;
        double X(int year) => firstYear == lastYear
            ? (left + right) / 2
            : left + inset + (double)(year - firstYear) / (lastYear - firstYear) * (right - left - 2 * inset);

        // Every year gets its tick; when the years are too many for their labels, every n-th year is labelled.
        var yearWidth = text.Width("0000", (float)ChartLayout.LabelSize) + 12;
        var span = lastYear - firstYear + 1;
        var every = (int)Math.Max(1, Math.Ceiling(span * yearWidth / (right - left)));
        for (var year = firstYear; year <= lastYear; year++)
        {
            var x = X(year);
            shapes.Add(new ChartLine(x, bottom, x, bottom + 5, ChartInk.Axis, 1, false, "axis"));
            if ((year - firstYear) % every == 0)
            {
                shapes.Add(new ChartText(year.ToString(culture.NumberFormat), x, bottom + 20, ChartLayout.LabelSize, false, ChartAnchor.Middle, ChartInk.Muted, "year"));
            }
        }
        shapes.Add(new ChartText(chart.Labels.Year, (left + right) / 2, ChartLayout.TrendHeight - ChartLayout.Margin, ChartLayout.LabelSize, false, ChartAnchor.Middle, ChartInk.Muted, "axis-title"));

        if (target is { } goal)
        {
            var y = Y(goal);
            shapes.Add(new ChartLine(left, y, right, y, ChartInk.Target, 2, true, "target-line"));
            shapes.Add(new ChartText(ChartLayout.TargetLabel(chart, goal), right, y - 6, ChartLayout.LabelSize, true, ChartAnchor.End, ChartInk.Target, "target-label"));
        }

        var points = values.Select(v => (X(v.Year), Y(v.Value))).ToList();
        if (points.Count > 1)
        {
            shapes.Add(new ChartPolyline(points, ChartInk.Series, 2.5, "series"));
        }
        var valueSize = values.Count > 12 ? 10 : ChartLayout.ValueSize;
        for (var i = 0; i < values.Count; i++)
        {
            var (x, y) = points[i];
            shapes.Add(new ChartCircle(x, y, 4, ChartInk.Series, "point"));
            // A label goes below its point where it would otherwise leave the plot at the top.
            var labelY = y - 10 < top + valueSize ? y + 10 + valueSize : y - 10;
            shapes.Add(new ChartText(ChartNumbers.Format(values[i].Value, culture), x, labelY, valueSize, false, ChartAnchor.Middle, ChartInk.Text, "value-label"));
        }
        return ChartLayout.TrendHeight;
    }
}
