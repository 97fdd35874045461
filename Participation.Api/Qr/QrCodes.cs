using QRCoder;

namespace Participation.Api.Qr;

/// <summary>The one QR service: board join codes, tickets and concept sections.</summary>
public sealed class QrCodes
{
    /// <summary>Medium error correction survives a crumpled print or a poor projector.</summary>
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    public string Svg(string content)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>A PNG about <paramref name="size"/> pixels wide: whole pixels per module, so every module stays sharp.</summary>
    public byte[] PngOfSize(string content, int size)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        // The matrix includes the quiet zone QRCoder draws.
        return new PngByteQRCode(data).GetGraphic(Math.Max(1, size / data.ModuleMatrix.Count));
    }

    /// <summary>The modules row by row, true for dark, with the quiet zone: for drawing the code as vectors (the print sheet).</summary>
    public bool[][] Modules(string content)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        return data.ModuleMatrix.Select(row => row.Cast<bool>().ToArray()).ToArray();
    }

    public byte[] Png(string content, int pixelsPerModule)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
