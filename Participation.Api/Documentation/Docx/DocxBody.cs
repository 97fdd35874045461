using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Participation.Api.Documentation.Docx;

/// <summary>Appends headings, paragraphs, facts, tables and fields to a document body, in reading order.</summary>
public sealed class DocxBody(Body body)
{
    /// <summary>The text width of an A4 page with 2.5 cm margins, in twentieths of a point.</summary>
    public const int TextWidth = 11906 - 2 * 1418;

    public Body Element => body;

    public void Heading(int level, string text) => body.Append(Styled($"Heading{level}", text));

    public void Styled(string style, string text, bool pageBreakBefore = false)
    {
        var paragraph = Styled(style, text);
        if (pageBreakBefore) paragraph.ParagraphProperties!.Append(new PageBreakBefore());
        body.Append(paragraph);
    }

    public void Text(string text, string? direction = null) => body.Append(Paragraph(text, direction: direction));

    /// <summary>A bold label kept on the page of what follows it (a column's table, a summary).</summary>
    public void Bold(string text)
    {
        var paragraph = Paragraph(text, bold: true);
        paragraph.ParagraphProperties!.PrependChild(new KeepNext());
        body.Append(paragraph);
    }

    /// <summary>A label and its value on one line ("Ort: Kreishaus").</summary>
    public void Fact(string label, string value) =>
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "40" }), Run(label + ": ", bold: true), Run(value)));

    public void Append(OpenXmlElement element) => body.Append(element);

    /// <summary>A grid table: a header row repeated on each page, then the rows; numeric columns right-aligned.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<DocxRow> rows, IReadOnlyList<int> widths, ISet<int>? numeric = null)
    {
        var total = widths.Sum();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = (w * TextWidth / total).ToString() }));
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            grid);
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(headers.Select((h, i) => Cell(h, widths[i] * TextWidth / total, bold: true, shade: true, right: numeric?.Contains(i) == true)));
        table.Append(header);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(row.Cells.Select((c, i) => Cell(c, widths[i] * TextWidth / total, right: numeric?.Contains(i) == true,
                direction: i == 0 ? row.Direction : null, language: i == 0 ? row.Language : null)));
            table.Append(tr);
        }
        body.Append(table);
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    /// <summary>A complex field (TOC, PAGE, NUMPAGES) Word computes; <paramref name="placeholder"/> shows until it does.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string placeholder, bool dirty = false)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = dirty ? OnOffValue.FromBoolean(true) : null });
        yield return new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return new Run(new Text(placeholder) { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
    }

    public static Paragraph Paragraph(string text, bool bold = false, string? direction = null, bool right = false, string? language = null)
    {
        var properties = new ParagraphProperties();
        if (direction == "rtl") properties.Append(new BiDi());
        properties.Append(new SpacingBetweenLines { After = "0" });
        if (right) properties.Append(new Justification { Val = JustificationValues.Right });
        var paragraph = new Paragraph(properties);
        paragraph.Append(Lines(text, bold, direction == "rtl", language));
        return paragraph;
    }

    /// <summary>A run of text; <paramref name="language"/> (BCP 47) tells Word the language a participant wrote in, for spelling and reading aloud.</summary>
    public static Run Run(string text, bool bold = false, bool rtl = false, string? language = null)
    {
        var run = new Run();
        if (bold || rtl || language is not null)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold(), new BoldComplexScript());
            if (rtl) properties.Append(new RightToLeftText());
            // Right-to-left scripts are "complex script" text to Word, which takes their language from w:bidi.
            if (language is not null) properties.Append(rtl ? new Languages { Val = language, Bidi = language } : new Languages { Val = language });
            run.Append(properties);
        }
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Line breaks typed by participants become breaks within the paragraph.</summary>
    private static IEnumerable<Run> Lines(string text, bool bold, bool rtl, string? language)
    {
        var lines = text.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(lines[i], bold, rtl, language);
            if (i > 0 && run.RunProperties is { } properties) run.InsertAfter(new Break(), properties);
            else if (i > 0) run.PrependChild(new Break());
            yield return run;
        }
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static TableCell Cell(string text, int width, bool bold = false, bool shade = false, bool right = false, string? direction = null, string? language = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (shade) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
        return new TableCell(properties, Paragraph(text, bold, direction, right, language));
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters pasted from elsewhere) are dropped.</summary>
    private static string Clean(string text) =>
        text.Any(c => c < 0x20 && c != '\t') ? new string(text.Where(c => c >= 0x20 || c == '\t').ToArray()) : text;
}

/// <summary>A table row's cells; <see cref="Direction"/> ("rtl") and <see cref="Language"/> apply to its first cell, the participant's text.</summary>
public sealed record DocxRow(IReadOnlyList<string> Cells, string? Direction = null, string? Language = null);
