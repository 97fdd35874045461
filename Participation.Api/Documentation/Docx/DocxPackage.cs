using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Participation.Api.Documentation.Docx;

/// <summary>
/// A Word document whose bytes depend only on its content: every part gets a fixed relationship id, the core
/// properties are written by us (not by System.IO.Packaging, which names that part after a new GUID), and the zip is
/// rewritten with one fixed timestamp for every entry.
/// </summary>
public static class DocxPackage
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string title, string language, Footer footer, Action<MainDocumentPart, Body> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(language);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(
                new DefaultTabStop { Val = 708 },
                // Word fills the table of contents and the page count when it opens the file.
                new UpdateFieldsOnOpen { Val = true },
                new ThemeFontLanguages { Val = language, Bidi = "ar-SA" });
            main.AddNewPart<FooterPart>("rIdFooter").Footer = footer;
            WriteCoreProperties(document.AddNewPart<CoreFilePropertiesPart>("rIdCore"), title, language);
            var body = new Body();
            main.Document = new Document(body);
            write(main, body);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = 1418, Right = 1418, Bottom = 1418, Left = 1418, Header = 709, Footer = 709, Gutter = 0 },
                new TitlePage()));
        }
        return WithFixedTimestamps(stream.ToArray());
    }

    private static void WriteCoreProperties(CoreFilePropertiesPart part, string title, string language)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:creator>Participation</dc:creator><dc:language>{language}</dc:language></cp:coreProperties>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    private static byte[] WithFixedTimestamps(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
