using Participation.Api.Documentation.Docx;

namespace Participation.Api.Documentation;

/// <summary>A report's chapters with the documentation's title page, styles and tables; charts as PNG pictures with their table.</summary>
public static partial class DocumentationDocx
{
    private static void WriteReport(DocxBody doc, DocxImages images, DocumentationModel model, ReportPart report, DocumentationLabels l)
    {
        doc.Styled("Title", model.Title);
        doc.Styled("Subtitle", report.Subtitle);
        if (model.Process.Organisation is not null) doc.Styled("Subtitle", model.Process.Organisation);
        doc.Styled("Subtitle", report.Kind);
        doc.Text(l.GeneratedFrom);
        doc.Styled("TOCHeading", l.Contents, pageBreakBefore: true);
        foreach (var chapter in report.Chapters)
        {
            doc.Heading(1, chapter.Title);
            foreach (var block in chapter.Blocks)
            {
                WriteBlock(doc, images, block);
            }
        }
    }

    private static void WriteBlock(DocxBody doc, DocxImages images, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading h:
                doc.Heading(Math.Clamp(h.Level, 2, 3), h.Text);
                break;
            case ReportParagraph p:
                doc.Text(p.Text, p.Typed ? TextDirection.Of(p.Text) : null);
                break;
            case ReportFacts f:
                foreach (var (label, value) in f.Facts) doc.Fact(label, value);
                break;
            case ReportTable t:
                WriteTable(doc, t);
                break;
            case ReportChart c:
                if (c.Png is not null && images.Chart(c.Png, c.Title, c.Description) is { } picture) doc.Append(picture);
                doc.Text(c.Description);
                WriteTable(doc, c.Data);
                break;
        }
    }

    private static void WriteTable(DocxBody doc, ReportTable t)
    {
        if (t.Caption is not null) doc.Bold(t.Caption);
        var widths = t.Shares.Select(s => Math.Max(1, (int)Math.Round(s * 100))).ToList();
        doc.Table(t.Headers, t.Rows.Select(r => new DocxRow(r, TextDirection.Of(r[0]))), widths, new HashSet<int>(t.Numeric));
    }
}
