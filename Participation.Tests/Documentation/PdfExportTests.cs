using System.Text;
using System.Text.RegularExpressions;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Participation.Tests.Documentation;

public sealed class PdfExportTests(DemoDocumentationHost host) : IClassFixture<DemoDocumentationHost>
{
    private static readonly string[] DemoIdeas =
    [
        "Die Sprachcafés in der Stadtbibliothek sind immer voll.",
        "Für Eltern fehlt eine Kinderbetreuung während der Kurse.",
        "Mehr Sprachpatenschaften mit Ehrenamtlichen.",
    ];

    [Fact]
    public async Task The_process_pdf_has_the_title_every_event_the_board_ideas_with_umlauts_and_numbered_pages()
    {
        var pdf = await host.ExportAsync("processes", host.ProcessId, "pdf");
        var events = await (await host.Admin.GetAsync($"/api/processes/{host.ProcessId}/events")).ReadAsync<List<EventResponse>>();

        var pages = PageTexts(pdf);
        var all = string.Join("\n", pages);
        Assert.Contains("Integrationskonzept Landkreis Musterland 2026", pages[0]);
        Assert.Contains($"Seite 1 von {pages.Count}", pages[0]);
        Assert.Contains($"Seite {pages.Count} von {pages.Count}", pages[^1]);
        Assert.Contains("Inhalt", pages[1]);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.Title, all));
        Assert.All(DemoIdeas, idea => AssertWrittenIn(all, idea));
    }

    [Fact]
    public async Task The_contents_give_the_page_on_which_an_event_chapter_begins()
    {
        var pages = PageTexts(await host.ExportAsync("processes", host.ProcessId, "pdf"));

        var line = Regex.Match(pages[1], @"Zukunftskonferenz Integration (\d+)");
        Assert.True(line.Success, pages[1]);
        var page = int.Parse(line.Groups[1].Value);
        Assert.StartsWith("Zukunftskonferenz Integration", pages[page - 1]);
    }

    [Fact]
    public async Task The_same_pdf_export_twice_is_the_same_bytes_and_a_session_is_shorter_than_the_process()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "pdf");
        var second = await host.ExportAsync("processes", host.ProcessId, "pdf");
        var board = await host.DemoBoardAsync();
        var session = await host.ExportAsync("sessions", board.SessionId, "pdf");

        Assert.Equal(first, second);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(first, 0, 5));
        Assert.True(PageTexts(session).Count < PageTexts(first).Count);
        AssertWrittenIn(string.Join("\n", PageTexts(session)), DemoIdeas[0]);
    }

    [Fact]
    public async Task A_session_photo_is_embedded_in_the_pdf_and_in_the_html_under_its_caption()
    {
        var board = await host.DemoBoardAsync();
        await host.AddPhotoAsync(board.SessionId, Png(), "pinnwand.png", "Pinnwand Tisch 1 nach der Abstimmung");

        var pdf = await host.ExportAsync("sessions", board.SessionId, "pdf");
        var html = Encoding.UTF8.GetString(await host.ExportAsync("sessions", board.SessionId, "html"));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().Single(p => p.Text.Contains("Pinnwand Tisch 1 nach der Abstimmung"));
        Assert.NotEmpty(page.GetImages());
        Assert.Matches(@"<img src=""data:image/png;base64,[A-Za-z0-9+/=]+"" alt=""Pinnwand Tisch 1 nach der Abstimmung"">", html);
    }

    [Fact]
    public async Task An_arabic_idea_is_shaped_and_set_against_the_right_edge_of_its_cell()
    {
        const string Arabic = "نحتاج إلى دروس لغة في المساء";
        await host.PostCardsAsync(Arabic);
        var board = await host.DemoBoardAsync();

        using var document = PdfDocument.Open(await host.ExportAsync("sessions", board.SessionId, "pdf"));

        var words = document.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')).ToList();
        Assert.NotEmpty(words);
        var text = string.Join(" ", words.Select(w => w.Text)).Normalize(NormalizationForm.FormKC);
        Assert.All(Arabic.Split(' '), word => Assert.True(text.Contains(word) || text.Contains(new string(word.Reverse().ToArray())), $"'{word}' not in '{text}'"));
        // The idea column is the first 45 % of the 170 mm between the margins; its text ends 3 pt inside the column's edge.
        var columnRight = Mm(20) + 0.45 * Mm(170) - 3;
        Assert.InRange(words.Max(w => w.BoundingBox.Right), columnRight - 4, columnRight + 1);
        Assert.True(words.Min(w => w.BoundingBox.Left) > Mm(20) + 20);
    }

    private static double Mm(double millimetres) => millimetres * 72 / 25.4;

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xF5, 0xE6, 0x9A));
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The text's words in order: an idea wrapped inside its table cell comes out of the PDF line by line, so the
    /// next columns' words (its dots, its area) may stand between its lines.
    /// </summary>
    private static void AssertWrittenIn(string pdfText, string text)
    {
        var words = pdfText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var wanted = text.Split(' ');
        for (var start = 0; start < words.Length; start++)
        {
            int at = start, found = 0;
            while (found < wanted.Length && at < words.Length && at - start <= wanted.Length + 8)
            {
                if (words[at++] == wanted[found])
                {
                    found++;
                }
                else if (found == 0)
                {
                    break;
                }
            }
            if (found == wanted.Length)
            {
                return;
            }
        }
        Assert.Fail($"'{text}' is not in the PDF's text: {pdfText}");
    }

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormKC)).ToList();
    }
}
