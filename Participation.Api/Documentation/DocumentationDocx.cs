using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Api.Documentation.Docx;

namespace Participation.Api.Documentation;

/// <summary>
/// The documentation as a Word file administrations edit further: a title page, a table of contents field Word fills
/// on opening, Heading1–3 chapters (process, one per event, areas, contributions, appendix), tables, photos and
/// "Seite X von Y" in the footer. The same structure as <see cref="DocumentationMarkdown"/>.
/// </summary>
public static partial class DocumentationDocx
{
    public static byte[] Write(DocumentationModel model, DocumentationLabels l)
    {
        var language = Language();
        var footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            DocxBody.Run(l.Page + " ")));
        var line = (Paragraph)footer.FirstChild!;
        line.Append(DocxBody.Field("PAGE", "1"));
        line.Append(DocxBody.Run(" " + l.Of + " "));
        line.Append(DocxBody.Field("NUMPAGES", "1"));
        return DocxPackage.Write(model.Title, language, footer, (main, body) =>
        {
            var doc = new DocxBody(body);
            if (model.Report is { } report)
            {
                WriteReport(doc, new DocxImages(main), model, report, l);
                WriteContents(doc);
                return;
            }
            WriteTitlePage(doc, model, l);
            WriteProcess(doc, model.Process, l);
            var images = new DocxImages(main);
            foreach (var e in model.Events)
            {
                DocxEvents.Write(doc, images, e, l);
            }
            WriteAreas(doc, model.Areas, l);
            WriteContributions(doc, model.Contributions, l);
            WriteNumbers(doc, model.Numbers, l);
            WriteContents(doc);
        });
    }

    private static void WriteTitlePage(DocxBody doc, DocumentationModel model, DocumentationLabels l)
    {
        doc.Styled("Title", model.Title);
        if (model.Process.Title != model.Title) doc.Styled("Subtitle", model.Process.Title);
        if (model.Process.Organisation is not null) doc.Styled("Subtitle", model.Process.Organisation);
        doc.Styled("Subtitle", l.Documentation);
        doc.Text(l.GeneratedFrom);
        doc.Styled("TOCHeading", l.Contents, pageBreakBefore: true);
    }

    /// <summary>
    /// The table of contents field, after the title page. Word rebuilds it on opening (with page numbers); until then,
    /// and in readers that do not update fields, its result lists the chapters and sections already.
    /// </summary>
    private static void WriteContents(DocxBody doc)
    {
        var entries = doc.Element.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .Where(h => h.Style is "Heading1" or "Heading2")
            .Select(h => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = h.Style == "Heading1" ? "TOC1" : "TOC2" }), DocxBody.Run(h.Text)))
            .ToList();
        if (entries.Count == 0) entries.Add(new Paragraph(new ParagraphProperties()));
        var field = DocxBody.Field(@"TOC \o ""1-3"" \h \z \u", "", dirty: true).ToList();
        // begin, instruction and separator open the first entry; the end closes the last one. The placeholder run is not needed.
        entries[0].InsertAt(field[2], 1);
        entries[0].InsertAt(field[1], 1);
        entries[0].InsertAt(field[0], 1);
        entries[^1].Append(field[4]);
        var heading = doc.Element.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOCHeading");
        foreach (var entry in Enumerable.Reverse(entries))
        {
            heading.InsertAfterSelf(entry);
        }
    }

    private static void WriteProcess(DocxBody doc, ProcessPart p, DocumentationLabels l)
    {
        doc.Heading(1, l.Process);
        if (p.Organisation is not null) doc.Fact(l.Organisation, p.Organisation);
        if (p.StartsOn is not null || p.EndsOn is not null)
        {
            doc.Fact(l.Period, $"{p.StartsOn?.ToString("d", CultureInfo.CurrentCulture)} – {p.EndsOn?.ToString("d", CultureInfo.CurrentCulture)}");
        }
        doc.Fact(l.Status, p.Status);
        if (p.Areas.Count > 0) doc.Fact(l.Areas, string.Join(", ", p.Areas));
        if (p.Description is not null) doc.Text(p.Description);
        if (p.Phases.Count > 0)
        {
            doc.Heading(2, l.Phases);
            doc.Table([l.Kind, l.When, l.Events],
                p.Phases.Select(phase => new DocxRow([phase.Kind, $"{Date(phase.From)} – {Date(phase.To)}", Number(phase.Events)])), [3, 3, 2], new HashSet<int> { 2 });
        }
    }

    private static void WriteAreas(DocxBody doc, IReadOnlyList<AreaChapter> areas, DocumentationLabels l)
    {
        if (areas.Count == 0) return;
        doc.Heading(1, l.AreaChapters);
        foreach (var area in areas)
        {
            doc.Heading(2, area.Name);
            if (area.Description is not null) doc.Text(area.Description);
            foreach (var part in area.Events)
            {
                doc.Heading(3, $"{part.Event} ({Date(part.StartsAt)})");
                DocxEvents.Ideas(doc, part.Ideas, l);
            }
        }
    }

    private static void WriteContributions(DocxBody doc, IReadOnlyList<ConceptContributionPart> contributions, DocumentationLabels l)
    {
        if (contributions.Count == 0) return;
        doc.Heading(1, l.Contributions);
        doc.Table([l.Section, l.Kind, l.Contributions, l.Supports, l.Answer],
            contributions.Select(c => new DocxRow([c.Section, c.Kind, c.Text, Number(c.Supports), c.Answer ?? ""], TextDirection.Of(c.Text))),
            [3, 2, 6, 1, 4], new HashSet<int> { 3 });
    }

    private static void WriteNumbers(DocxBody doc, NumbersPart n, DocumentationLabels l)
    {
        doc.Heading(1, l.Appendix);
        (string, int)[] figures = [(l.Events, n.Events), (l.Sessions, n.Sessions), (l.Board, n.Boards), (l.Idea, n.Ideas), (l.Votes, n.Votes),
            (l.Participants, n.Participants), (l.Registered, n.Registered), (l.CheckedIn, n.CheckedIn), (l.Contributions, n.Contributions)];
        doc.Table([l.Figures, l.Count], figures.Select(f => new DocxRow([f.Item1, Number(f.Item2)])), [4, 1], new HashSet<int> { 1 });
        DocxEvents.Counts(doc, l.IdeasByArea, n.IdeasByArea, l);
    }

    /// <summary>The caller's language as Word names it ("de-DE"); German when the request carried none.</summary>
    private static string Language()
    {
        var name = CultureInfo.CurrentUICulture.Name;
        if (name.Length == 0) return "de-DE";
        var specific = CultureInfo.CreateSpecificCulture(name).Name;
        return specific.Length == 0 ? "de-DE" : specific;
    }

    internal static string Date(DateTimeOffset at) => at.ToString("d", CultureInfo.CurrentCulture);

    internal static string Number(int value) => value.ToString(CultureInfo.CurrentCulture);
}
