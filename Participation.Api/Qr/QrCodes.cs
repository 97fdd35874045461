using QRCoder;

namespace Participation.Api.Qr;

/// <summary>The one QR service: board join codes now, tickets and concept pages later.</summary>
public sealed class QrCodes
{
    /// <summary>Medium error correction survives a crumpled print or a poor projector.</summary>
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    public string Svg(string content)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    public byte[] Png(string content, int pixelsPerModule)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, Correction);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
