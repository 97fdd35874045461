using Participation.Api.Registrations.Printing;

namespace Participation.Api.Indicators.Charts;

/// <summary>
/// Places everything of a chart in pixels: the frame (title, subtitle, unit) here, the plot in
/// <see cref="TrendLayout"/> or <see cref="MunicipalitiesLayout"/>. Text is measured with the fonts the PNG uses.
/// </summary>
internal static class ChartLayout
{
    public const int Width = 800;
    public const int TrendHeight = 450;
    public const double Margin = 24;
    public const double PlotTop = 96;
    public const double TitleSize = 20;
    public const double LabelSize = 13;
    public const double ValueSize = 12;

    public static ChartDrawing Lay(IndicatorChart chart, PdfText text)
    {
        var shapes = new List<ChartShape>();
        var values = ChartData.Shown(chart);
        if (values.Count == 0)
        {
            Frame(chart, text, shapes, Subtitle(chart));
            Empty(chart, shapes);
            return new ChartDrawing(Width, TrendHeight, shapes);
        }
        Frame(chart, text, shapes, Subtitle(chart));
        var height = chart.View == ChartView.Trend
            ? TrendLayout.Lay(chart, values, text, shapes)
            : MunicipalitiesLayout.Lay(chart, values, text, shapes);
        return new ChartDrawing(Width, height, shapes);
    }

    /// <summary>The pixel size of the chart, as the SVG declares it and the PNG (at <see cref="IndicatorCharts.PngScale"/>) has it.</summary>
    public static (int Width, int Height) Size(IndicatorChart chart)
    {
        var count = ChartData.Shown(chart).Count;
        return count == 0 || chart.View == ChartView.Trend ? (Width, TrendHeight) : (Width, MunicipalitiesLayout.Height(count));
    }

    private static string Subtitle(IndicatorChart chart) => chart.View == ChartView.Trend
        ? chart.Labels.WholeArea
        : ChartData.ComparisonYear(chart) is { } year ? chart.Labels.Format(chart.Labels.MunicipalitiesIn, year) : "";

    private static void Frame(IndicatorChart chart, PdfText text, List<ChartShape> shapes, string subtitle)
    {
        var room = (float)(Width - 2 * Margin);
        shapes.Add(new ChartText(text.Fit(chart.Indicator.Name, (float)TitleSize, room, bold: true),
            Margin, 36, TitleSize, true, ChartAnchor.Start, ChartInk.Text, "chart-title"));
        shapes.Add(new ChartText(text.Fit(subtitle, (float)LabelSize, room), Margin, 60, LabelSize, false, ChartAnchor.Start, ChartInk.Muted, "chart-subtitle"));
        // The comparison names its unit under the value axis instead.
        if (chart.View == ChartView.Trend && !string.IsNullOrWhiteSpace(chart.Indicator.Unit))
        {
            shapes.Add(new ChartText(text.Fit(chart.Indicator.Unit, (float)LabelSize, room), Margin, 84, LabelSize, false, ChartAnchor.Start, ChartInk.Muted, "axis-title unit"));
        }
    }

    private static void Empty(IndicatorChart chart, List<ChartShape> shapes)
    {
        var bottom = TrendHeight - Margin;
        shapes.Add(new ChartRect(Margin, PlotTop, Width - 2 * Margin, bottom - PlotTop, ChartInk.EmptyFill, ChartInk.Grid, "empty-frame"));
        shapes.Add(new ChartText(ChartData.EmptyText(chart), Width / 2.0, (PlotTop + bottom) / 2 + 6, 16, false, ChartAnchor.Middle, ChartInk.Text, "empty"));
    }

    /// <summary>The target's label: "Ziel 2030: 15 %", or "Ziel: 15 %" without a year.</summary>
    public static string TargetLabel(IndicatorChart chart, decimal target)
    {
        var value = ChartNumbers.WithUnit(target, chart.Indicator.Unit, chart.Labels.Culture);
        return chart.Indicator.TargetYear is { } year
            ? chart.Labels.Format(chart.Labels.TargetYear, value, year)
            : chart.Labels.Format(chart.Labels.Target, value);
    }
}
