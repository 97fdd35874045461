using SkiaSharp;

namespace Participation.Api.Documentation.Pdf;

internal sealed partial class PdfFlow
{
    /// <summary>A rendered chart (PNG) at the column width, at most half a page high, its description below.</summary>
    public void Chart(byte[] png, string description)
    {
        using var image = SKImage.FromEncodedData(png);
        if (image is null)
        {
            return;
        }
        var width = ContentWidth;
        var height = width * image.Height / image.Width;
        var maxHeight = (Bottom - Top) * 0.5f;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height * image.Width / image.Height;
        }
        Ensure(height + 4);
        canvas?.DrawImage(image, SKRect.Create(Left, Y, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        Y += height + 4;
        Paragraph(description, 9, color: Gray);
    }
}
