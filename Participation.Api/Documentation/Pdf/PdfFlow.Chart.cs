using Participation.Api.Indicators.Charts;
using SkiaSharp;

namespace Participation.Api.Documentation.Pdf;

internal sealed partial class PdfFlow
{
    /// <summary>A chart drawn as lines and text at the column width, at most half a page high, its description below.</summary>
    public void Chart(ChartPicture picture, string description)
    {
        var (width, height) = Fit(picture.Width, picture.Height);
        Ensure(height + 4);
        if (canvas is not null)
        {
            canvas.Save();
            canvas.Translate(Left, Y);
            canvas.Scale(width / picture.Width);
            picture.Draw(canvas, text);
            canvas.Restore();
        }
        Y += height + 4;
        Paragraph(description, 9, color: Gray);
    }

    private (float Width, float Height) Fit(float imageWidth, float imageHeight)
    {
        var width = ContentWidth;
        var height = width * imageHeight / imageWidth;
        var maxHeight = (Bottom - Top) * 0.5f;
        return height > maxHeight ? (maxHeight * imageWidth / imageHeight, maxHeight) : (width, height);
    }

    /// <summary>A rendered chart (PNG) at the column width, at most half a page high, its description below.</summary>
    public void Chart(byte[] png, string description)
    {
        using var image = SKImage.FromEncodedData(png);
        if (image is null)
        {
            return;
        }
        var (width, height) = Fit(image.Width, image.Height);
        Ensure(height + 4);
        canvas?.DrawImage(image, SKRect.Create(Left, Y, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        Y += height + 4;
        Paragraph(description, 9, color: Gray);
    }
}
