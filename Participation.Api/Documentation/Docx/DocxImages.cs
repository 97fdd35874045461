using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Participation.Api.Documentation.Docx;

/// <summary>
/// Photos as inline pictures scaled to the text width. JPEG and PNG go in as they are; WebP (which Word does not show)
/// is decoded and stored as PNG. A file that is missing or cannot be read leaves only its caption.
/// </summary>
public sealed class DocxImages(MainDocumentPart main)
{
    private const long EmuPerTwip = 635;
    private uint next = 1;

    public W.Paragraph? Picture(PhotoPart photo)
    {
        if (!File.Exists(photo.Path))
        {
            return null;
        }
        var bytes = File.ReadAllBytes(photo.Path);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
        {
            return null;
        }
        var (type, data) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => (ImagePartType.Jpeg, bytes),
            SKEncodedImageFormat.Png => (ImagePartType.Png, bytes),
            _ => (ImagePartType.Png, ToPng(bytes)),
        };
        if (data is null)
        {
            return null;
        }
        return Add(type, data, codec.Info.Width, codec.Info.Height, photo.FileName, null);
    }

    /// <summary>A rendered chart; <paramref name="description"/> becomes the picture's alternative text.</summary>
    public W.Paragraph? Chart(byte[] png, string name, string description)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        return codec is null ? null : Add(ImagePartType.Png, png, codec.Info.Width, codec.Info.Height, name, description);
    }

    private W.Paragraph Add(PartTypeInfo type, byte[] data, int pixelsWide, int pixelsHigh, string name, string? description)
    {
        var id = next++;
        var relationship = $"rIdImage{id}";
        var part = main.AddImagePart(type, relationship);
        using (var stream = new MemoryStream(data))
        {
            part.FeedData(stream);
        }
        var (width, height) = Scale(pixelsWide, pixelsHigh);
        return new W.Paragraph(
            new W.ParagraphProperties(new W.KeepNext(), new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.Drawing(Inline(id, relationship, name, description, width, height))));
    }

    private static byte[]? ToPng(byte[] bytes)
    {
        using var bitmap = SKBitmap.Decode(bytes);
        if (bitmap is null)
        {
            return null;
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The text width at most, and at most two thirds of the page height, keeping the aspect ratio; in EMU.</summary>
    private static (long Width, long Height) Scale(int pixelsWide, int pixelsHigh)
    {
        var maxWidth = DocxBody.TextWidth * EmuPerTwip;
        var maxHeight = 10000 * EmuPerTwip;
        var width = (double)maxWidth;
        var height = width * pixelsHigh / Math.Max(1, pixelsWide);
        if (height > maxHeight)
        {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        return ((long)width, (long)height);
    }

    private static Wp.Inline Inline(uint id, string relationship, string name, string? description, long width, long height) => new(
        new Wp.Extent { Cx = width, Cy = height },
        new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new Wp.DocProperties { Id = id, Name = name, Description = description },
        new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
        new A.Graphic(new A.GraphicData(
            new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
    { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
}
