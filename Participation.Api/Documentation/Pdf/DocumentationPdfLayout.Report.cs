namespace Participation.Api.Documentation.Pdf;

/// <summary>A report's chapters as the same flow of headings, fields, tables and pictures; charts as PNG with their table.</summary>
internal sealed partial class DocumentationPdfLayout
{
    private static void ReportChapters(PdfFlow flow, ReportPart report)
    {
        foreach (var chapter in report.Chapters)
        {
            flow.Heading(chapter.Title, 1, inContents: true);
            foreach (var block in chapter.Blocks)
            {
                ReportBlock(flow, block);
            }
        }
    }

    private static void ReportBlock(PdfFlow flow, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading h:
                flow.Heading(h.Text, Math.Clamp(h.Level, 2, 3), inContents: h.Level <= 2);
                break;
            case ReportParagraph p:
                flow.Paragraph(p.Text, p.Muted ? 9 : PdfFlow.BodySize, rightToLeft: p.Typed && TextDirection.Of(p.Text) == "rtl", color: p.Muted ? Muted : null);
                break;
            case ReportFacts f:
                foreach (var (label, value) in f.Facts)
                {
                    flow.Field(label, value);
                }
                flow.Space(4);
                break;
            case ReportTable t:
                ReportTable(flow, t);
                break;
            case ReportChart c:
                if (c.Picture is not null)
                {
                    flow.Chart(c.Picture, c.Description);
                }
                else if (c.Png is not null)
                {
                    flow.Chart(c.Png, c.Description);
                }
                else
                {
                    flow.Paragraph(c.Description, 9, color: Muted);
                }
                ReportTable(flow, c.Data);
                break;
        }
    }

    private static void ReportTable(PdfFlow flow, ReportTable t)
    {
        if (t.Caption is not null)
        {
            flow.Paragraph(t.Caption, 9, bold: true);
        }
        var total = t.Shares.Sum();
        flow.Table(t.Headers.Select((h, i) => new PdfColumn(h, t.Shares[i] / total, t.Numeric.Contains(i))).ToList(),
            t.Rows.Select(r => r.Select((cell, i) => t.Numeric.Contains(i) ? new PdfCell(cell) : User(cell)).ToArray()));
    }
}
