using Microsoft.Extensions.Localization;
using Participation.Api.Qr;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Concept.Printing;

/// <summary>The sheet of a document's QR codes for the print shop: A4, in the current UI culture, the same bytes for the same data.</summary>
public sealed class ConceptPrints(QrCodes qr, IStringLocalizer<Messages> t)
{
    private readonly PdfFonts fonts = new();

    public byte[] QrSheet(PrintedDocument document, IReadOnlyList<PrintedCode> codes)
    {
        using var text = new PdfText(fonts);
        return new QrSheetLayout(text, qr, t).Render(document, codes);
    }
}
