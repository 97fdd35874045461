using Participation.Api.Registrations.Printing;
using SkiaSharp;

namespace Participation.Api.Indicators.Charts;

/// <summary>Paints a drawing with SkiaSharp, text shaped by HarfBuzz (Arabic too), at a scale for print.</summary>
internal static class ChartPng
{
    public static byte[] Paint(ChartDrawing drawing, PdfText text, int scale)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(drawing.Width * scale, drawing.Height * scale, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Scale(scale);
            Draw(canvas, drawing, text);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The background and every shape, in chart units from the canvas's origin.</summary>
    public static void Draw(SKCanvas canvas, ChartDrawing drawing, PdfText text)
    {
        using (var background = Fill(ChartInk.Background))
        {
            canvas.DrawRect(SKRect.Create(drawing.Width, drawing.Height), background);
        }
        foreach (var shape in drawing.Shapes)
        {
            Paint(canvas, shape, text);
        }
    }

    private static void Paint(SKCanvas canvas, ChartShape shape, PdfText text)
    {
        switch (shape)
        {
            case ChartLine line:
                using (var paint = Stroke(line.Color, line.Width, line.Dashed))
                {
                    canvas.DrawLine((float)line.X1, (float)line.Y1, (float)line.X2, (float)line.Y2, paint);
                }
                break;
            case ChartPolyline polyline:
                // Segments with round caps join as smoothly as a round-joined path.
                using (var paint = Stroke(polyline.Color, polyline.Width, false))
                {
                    paint.StrokeCap = SKStrokeCap.Round;
                    for (var i = 1; i < polyline.Points.Count; i++)
                    {
                        var (from, to) = (polyline.Points[i - 1], polyline.Points[i]);
                        canvas.DrawLine((float)from.X, (float)from.Y, (float)to.X, (float)to.Y, paint);
                    }
                }
                break;
            case ChartCircle circle:
                using (var paint = Fill(circle.Color))
                {
                    canvas.DrawCircle((float)circle.X, (float)circle.Y, (float)circle.Radius, paint);
                }
                break;
            case ChartRect rect:
                var bounds = SKRect.Create((float)rect.X, (float)rect.Y, (float)rect.Width, (float)rect.Height);
                using (var paint = Fill(rect.Fill))
                {
                    canvas.DrawRect(bounds, paint);
                }
                if (rect.Stroke is { } stroke)
                {
                    using var paint = Stroke(stroke, 1, false);
                    canvas.DrawRect(bounds, paint);
                }
                break;
            case ChartText label:
                var align = label.Anchor switch { ChartAnchor.Middle => SKTextAlign.Center, ChartAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
                text.Draw(canvas, label.Text, (float)label.X, (float)label.Y, (float)label.Size, label.Bold, align, SKColor.Parse(label.Color));
                break;
        }
    }

    private static SKPaint Stroke(string color, double width, bool dashed) => new()
    {
        Color = SKColor.Parse(color),
        IsStroke = true,
        IsAntialias = true,
        StrokeWidth = (float)width,
        PathEffect = dashed ? SKPathEffect.CreateDash([8, 5], 0) : null,
    };

    private static SKPaint Fill(string color) => new() { Color = SKColor.Parse(color), IsAntialias = true };
}
