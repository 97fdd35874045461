using Participation.Api.Registrations.Printing;
using SkiaSharp;

namespace Participation.Api.Indicators.Charts;

/// <summary>
/// A laid-out chart that draws itself onto any canvas: the PDF report paints it as lines and text instead of
/// embedding a bitmap, which is sharper, smaller and several times faster to write.
/// </summary>
public sealed class ChartPicture
{
    private readonly ChartDrawing drawing;

    internal ChartPicture(ChartDrawing drawing) => this.drawing = drawing;

    public int Width => drawing.Width;
    public int Height => drawing.Height;

    /// <summary>Draws at the canvas's current origin, one canvas unit per chart unit.</summary>
    internal void Draw(SKCanvas canvas, PdfText text) => ChartPng.Draw(canvas, drawing, text);
}
