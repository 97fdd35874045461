using System.Text;
using System.Text.RegularExpressions;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;
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
