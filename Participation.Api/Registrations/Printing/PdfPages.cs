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
}
