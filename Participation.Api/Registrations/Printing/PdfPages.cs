using SkiaSharp;

namespace Participation.Api.Registrations.Printing;

/// <summary>A4 portrait pages in PDF points, written with fixed metadata so the same input gives the same bytes.</summary>
internal static class PdfPages
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;

    private static readonly DateTime FixedDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    public static byte[] Write(string title, int pageCount, Action<SKCanvas, int> drawPage)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "Participation",
            Producer = "Participation",
            Creation = FixedDate,
            Modified = FixedDate,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var page = 0; page < pageCount; page++)
            {
                var canvas = document.BeginPage(Width, Height);
                drawPage(canvas, page);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>Light lines around every cell of a grid (in millimetres) and crop marks outside it, to cut along.</summary>
    public static void DrawCutLines(SKCanvas canvas, float left, float top, int columns, int rows, float cellWidth, float cellHeight)
    {
        const float CropMark = 5;
        using var pen = new SKPaint { Color = new SKColor(0xCC, 0xCC, 0xCC), StrokeWidth = 0.4f, IsStroke = true };
        float right = left + columns * cellWidth, bottom = top + rows * cellHeight;
        for (var column = 0; column <= columns; column++)
        {
            var x = Mm(left + column * cellWidth);
            canvas.DrawLine(x, Mm(top), x, Mm(bottom), pen);
            canvas.DrawLine(x, Mm(top - CropMark - 1), x, Mm(top - 1), pen);
            canvas.DrawLine(x, Mm(bottom + 1), x, Mm(bottom + CropMark + 1), pen);
        }
        for (var row = 0; row <= rows; row++)
        {
            var y = Mm(top + row * cellHeight);
            canvas.DrawLine(Mm(left), y, Mm(right), y, pen);
            canvas.DrawLine(Mm(left - CropMark - 1), y, Mm(left - 1), y, pen);
            canvas.DrawLine(Mm(right + 1), y, Mm(right + CropMark + 1), y, pen);
        }
    }
}
