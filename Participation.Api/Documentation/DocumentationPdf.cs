using System.Globalization;
using Participation.Api.Documentation.Pdf;
using Participation.Api.Registrations.Printing;
using SkiaSharp;

namespace Participation.Api.Documentation;

/// <summary>
/// The documentation as an A4 PDF for sending and archiving: a title page, a linked table of contents with page numbers,
/// the chapters, "Seite X von Y" on every page. The chapters are laid out once to learn their pages, then drawn;
/// fixed metadata dates keep the bytes the same for the same data.
/// </summary>
public static class DocumentationPdf
{
    private static readonly DateTime FixedDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<PdfFonts> Fonts = new(() => new PdfFonts());

    public static byte[] Write(DocumentationModel model, DocumentationLabels labels)
    {
        using var text = new PdfText(Fonts.Value);
        var layout = new DocumentationPdfLayout(model, labels);

        var measured = new PdfFlow(text, null, _ => "");
        layout.Chapters(measured);
        measured.EndPage();
        var contents = measured.Headings.Where(h => h.InContents).ToList();

        var contentsMeasured = new PdfFlow(text, null, _ => "");
        Contents(contentsMeasured, contents, labels, 0);
        contentsMeasured.EndPage();

        var firstChapterPage = 1 + contentsMeasured.Page + 1;
        var pageCount = firstChapterPage - 1 + measured.Page;

        var metadata = new SKDocumentPdfMetadata
        {
            Title = model.Title,
            Creator = "Participation",
            Producer = "Participation",
            Creation = FixedDate,
            Modified = FixedDate,
            EncodingQuality = 85,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var flow = new PdfFlow(text, document,
                page => $"{labels.Page} {page.ToString(CultureInfo.CurrentCulture)} {labels.Of} {pageCount.ToString(CultureInfo.CurrentCulture)}");
            flow.NewPage();
            layout.TitlePage(flow);
            flow.NewPage();
            Contents(flow, contents, labels, firstChapterPage - 1);
            flow.NewPage();
            layout.Chapters(flow);
            flow.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static void Contents(PdfFlow flow, IReadOnlyList<PdfHeading> headings, DocumentationLabels labels, int pagesBefore)
    {
        flow.Heading(labels.Contents, 1, inContents: false);
        foreach (var heading in headings)
        {
            flow.ContentsLine(heading, heading.Page + pagesBefore);
        }
    }
}
