using SkiaSharp;

namespace Participation.Api.Documentation.Pdf;

/// <summary>
/// A photo file read only as far as needed: its header for the layout, its pixels when drawn, one photo at a time.
/// Phone pictures are scaled down to print resolution and turned upright as their EXIF orientation says.
/// </summary>
internal sealed class PdfPhoto
{
    // About 150 dpi at the drawn size: sharp on paper without embedding a camera's full resolution.
    private const float PixelsPerPoint = 150f / 72f;

    private readonly string path;
    private readonly float turn;

    private PdfPhoto(string path, int width, int height, float turn)
    {
        this.path = path;
        this.turn = turn;
        Width = width;
        Height = height;
    }

    /// <summary>Upright width and height in pixels.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>The photo, or null when the file is missing or no image Skia can decode (JPEG, PNG, WebP and the like).</summary>
    public static PdfPhoto? Open(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var codec = SKCodec.Create(path);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }
        var turn = codec.EncodedOrigin switch
        {
            SKEncodedOrigin.BottomRight or SKEncodedOrigin.BottomLeft => 180f,
            SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftTop => 90f,
            SKEncodedOrigin.LeftBottom or SKEncodedOrigin.RightBottom => 270f,
            _ => 0f,
        };
        return turn is 90f or 270f
            ? new PdfPhoto(path, codec.Info.Height, codec.Info.Width, turn)
            : new PdfPhoto(path, codec.Info.Width, codec.Info.Height, turn);
    }

    public void Draw(SKCanvas canvas, SKRect rect)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            return;
        }
        var upright = turn is 90f or 270f ? new SKRect(-rect.Height / 2, -rect.Width / 2, rect.Height / 2, rect.Width / 2)
            : new SKRect(-rect.Width / 2, -rect.Height / 2, rect.Width / 2, rect.Height / 2);
        using var image = Decode(codec, (int)MathF.Ceiling(upright.Width * PixelsPerPoint));
        if (image is null)
        {
            return;
        }
        canvas.Save();
        canvas.Translate(rect.MidX, rect.MidY);
        canvas.RotateDegrees(turn);
        canvas.DrawImage(image, upright, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        canvas.Restore();
    }

    private SKImage? Decode(SKCodec codec, int targetWidth)
    {
        if (codec.Info.Width <= targetWidth * 1.5f)
        {
            // Small enough: handed over encoded, so a JPEG goes into the PDF as it is.
            using var data = SKData.Create(path);
            return data is null ? null : SKImage.FromEncodedData(data);
        }
        var scaled = codec.GetScaledDimensions(targetWidth / (float)codec.Info.Width);
        using var bitmap = SKBitmap.Decode(codec, codec.Info.WithSize(scaled));
        if (bitmap is null)
        {
            return null;
        }
        if (bitmap.Width <= targetWidth * 1.2f)
        {
            return SKImage.FromBitmap(bitmap);
        }
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * (double)targetWidth / bitmap.Width));
        using var resized = bitmap.Resize(new SKImageInfo(targetWidth, height, bitmap.ColorType, bitmap.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return resized is null ? null : SKImage.FromBitmap(resized);
    }
}
