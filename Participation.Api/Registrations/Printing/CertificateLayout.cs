using Microsoft.Extensions.Localization;
using SkiaSharp;
using static Participation.Api.Registrations.Printing.PdfPages;

namespace Participation.Api.Registrations.Printing;

/// <summary>
/// A one-page Teilnahmebestätigung. The name stands on a line of its own rather than inside a sentence,
/// so a right-to-left name never has to be mixed into left-to-right text.
/// </summary>
internal sealed class CertificateLayout(PdfText text, IStringLocalizer t)
{
    private const float Left = 25, Right = 185;

    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);

    public byte[] Render(PrintedEvent e, PrintedAttendee person, string issuedOn, string? signatory)
    {
        string title = t["Print.Certificate.Title"];
        return Write(title, 1, (canvas, _) =>
        {
            var centre = Mm((Left + Right) / 2);
            var width = Mm(Right - Left);
            if (!string.IsNullOrWhiteSpace(e.Organisation))
            {
                text.Draw(canvas, text.Fit(e.Organisation, 11, width), centre, Mm(35), 11, align: SKTextAlign.Center, color: Muted);
            }
            text.Draw(canvas, text.Fit(title, 26, width, bold: true), centre, Mm(70), 26, bold: true, align: SKTextAlign.Center);
            text.Draw(canvas, t["Print.Certificate.Confirms"], centre, Mm(95), 12, align: SKTextAlign.Center);
            var nameSize = text.SizeToFit(person.Name, 22, 14, width, bold: true);
            text.Draw(canvas, text.Fit(person.Name, nameSize, width, bold: true), centre, Mm(110), nameSize, bold: true, align: SKTextAlign.Center);
            var y = 110f;
            if (!string.IsNullOrWhiteSpace(person.Organisation))
            {
                text.Draw(canvas, text.Fit($"({person.Organisation})", 12, width), centre, Mm(y += 9), 12, align: SKTextAlign.Center);
            }
            text.Draw(canvas, t["Print.Certificate.TookPart"], centre, Mm(y += 14), 12, align: SKTextAlign.Center);
            y = Paragraph(canvas, e.EventTitle, y + 4, 16, 8, 3, bold: true);
            var when = string.IsNullOrWhiteSpace(e.Venue)
                ? t["Print.Certificate.On", EventDates.Days(e)]
                : t["Print.Certificate.OnAt", EventDates.Days(e), e.Venue];
            y = Paragraph(canvas, when, y + 1.5f, 12, 6.5f, 2);
            Paragraph(canvas, t["Print.Certificate.Process", e.ProcessTitle], y + 8, 11, 6, 3, color: Muted);
            text.Draw(canvas, text.Fit(t["Print.Certificate.IssuedOn", issuedOn], 11, Mm(75)), Mm(Left), Mm(250), 11);
            DrawSignature(canvas, signatory);
        });
    }

    /// <summary>Draws wrapped, centred lines starting one line below <paramref name="top"/>; returns the last baseline in mm.</summary>
    private float Paragraph(SKCanvas canvas, string value, float top, float size, float lineHeight, int maxLines, bool bold = false, SKColor? color = null)
    {
        var y = top;
        foreach (var line in text.Wrap(value, size, Mm(Right - Left), maxLines, bold))
        {
            text.Draw(canvas, line, Mm((Left + Right) / 2), Mm(y += lineHeight), size, bold, SKTextAlign.Center, color);
        }
        return y;
    }

    private void DrawSignature(SKCanvas canvas, string? signatory)
    {
        using var pen = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.6f, IsStroke = true };
        canvas.DrawLine(Mm(Right - 70), Mm(250), Mm(Right), Mm(250), pen);
        var label = string.IsNullOrWhiteSpace(signatory) ? t["Print.Certificate.Signature"] : signatory;
        text.Draw(canvas, text.Fit(label, 10, Mm(70)), Mm(Right - 35), Mm(255), 10, align: SKTextAlign.Center, color: Muted);
    }
}
