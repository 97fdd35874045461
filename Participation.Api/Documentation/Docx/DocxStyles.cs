using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Participation.Api.Documentation.Docx;

/// <summary>
/// The styles part: body text, a title, Heading1–3 with outline levels (Word's navigation pane and the table of contents
/// read those), and a grid table style; the document's language on the defaults so spelling and hyphenation follow it.
/// </summary>
public static class DocxStyles
{
    public const string Body = "Calibri";
    public const string ComplexScript = "Noto Sans";

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Body, HighAnsi = Body, EastAsia = Body, ComplexScript = ComplexScript },
                new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" },
                new Languages { Val = language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("Title", "Title", null, new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "52" }),
            new ParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "480" })),
        Paragraph("Subtitle", "Subtitle", null, new RunProperties(new Color { Val = "404040" }, new FontSize { Val = "32" })),
        Heading(1, "32", pageBreakBefore: true),
        Heading(2, "28", pageBreakBefore: false),
        Heading(3, "24", pageBreakBefore: false),
        Paragraph("TOCHeading", "TOC Heading", "Heading1", new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" }),
            new ParagraphProperties(new OutlineLevel { Val = 9 })),
        Paragraph("TOC1", "toc 1", "Normal", null, new ParagraphProperties(new SpacingBetweenLines { After = "60" })),
        Paragraph("TOC2", "toc 2", "Normal", null, new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "220" })),
        Paragraph("Caption", "caption", null, new RunProperties(new Italic(), new FontSize { Val = "18" })),
        Paragraph("Footer", "footer", null, new RunProperties(new FontSize { Val = "18" }), new ParagraphProperties(new Justification { Val = JustificationValues.Center })),
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    private static Style Heading(int level, string size, bool pageBreakBefore)
    {
        // Children in the schema's order: keepNext, keepLines, pageBreakBefore, spacing, outlineLvl.
        var paragraph = new ParagraphProperties(new KeepNext(), new KeepLines());
        if (pageBreakBefore) paragraph.Append(new PageBreakBefore());
        paragraph.Append(new SpacingBetweenLines { Before = level == 1 ? "240" : "200", After = "120" }, new OutlineLevel { Val = level - 1 });
        return Paragraph($"Heading{level}", $"heading {level}", "Normal",
            new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size }), paragraph);
    }

    private static Style Paragraph(string id, string name, string? basedOn, RunProperties? run = null, ParagraphProperties? paragraph = null,
        bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(new StyleParagraphProperties(paragraph.Elements<OpenXmlElement>().Select(e => e.CloneNode(true))));
        if (run is not null) style.Append(new StyleRunProperties(run.Elements<OpenXmlElement>().Select(e => e.CloneNode(true))));
        return style;
    }
}
