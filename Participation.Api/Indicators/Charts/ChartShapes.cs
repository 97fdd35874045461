namespace Participation.Api.Indicators.Charts;

/// <summary>One computed drawing that both the SVG writer and the PNG painter follow, so the two never differ.</summary>
internal sealed record ChartDrawing(int Width, int Height, IReadOnlyList<ChartShape> Shapes);

internal abstract record ChartShape(string Class);

internal sealed record ChartLine(double X1, double Y1, double X2, double Y2, string Color, double Width, bool Dashed, string Class) : ChartShape(Class);

internal sealed record ChartPolyline(IReadOnlyList<(double X, double Y)> Points, string Color, double Width, string Class) : ChartShape(Class);

internal sealed record ChartCircle(double X, double Y, double Radius, string Color, string Class) : ChartShape(Class);

internal sealed record ChartRect(double X, double Y, double Width, double Height, string Fill, string? Stroke, string Class) : ChartShape(Class);

internal enum ChartAnchor
{
    Start,
    Middle,
    End,
}

internal sealed record ChartText(string Text, double X, double Y, double Size, bool Bold, ChartAnchor Anchor, string Color, string Class) : ChartShape(Class);

/// <summary>Colours with at least 4.5:1 contrast on white where they carry text.</summary>
internal static class ChartInk
{
    public const string Text = "#1a1a1a";
    public const string Muted = "#4d4d4d";
    public const string Grid = "#d9d9d9";
    public const string Axis = "#595959";
    public const string Series = "#1f5f8b";
    public const string Bar = "#2f72a3";
    public const string Target = "#8a4b00";
    public const string Background = "#ffffff";
    public const string EmptyFill = "#f4f4f4";
}
