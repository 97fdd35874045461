using System.Diagnostics;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Tests.Documentation;

public sealed class DocxExportTests(DemoDocumentationHost host) : IClassFixture<DemoDocumentationHost>
{
    private const string Farsi = "کلاس‌های زبان با مهدکودک";

    [Fact]
    public async Task The_process_docx_has_a_heading_per_event_a_table_of_contents_page_numbers_and_the_board_ideas_with_their_dots()
    {
        using var docx = Open(await host.ExportAsync("processes", host.ProcessId, "docx"));
        var main = docx.MainDocumentPart!;
        var body = main.Document.Body!;

        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Zukunftskonferenz Integration", headings);
        Assert.Contains("Ergebnisse nach Handlungsfeldern", headings);
        var heading1 = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains(@"TOC \o ""1-3"" \h \z \u"));
        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "NUMPAGES");
        Assert.StartsWith("Seite", footer.InnerText);

        var row = body.Descendants<TableRow>().First(r => r.InnerText.Contains("Integrationskurse haben lange Wartezeiten, besonders abends."));
        var cells = row.Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Integrationskurse haben lange Wartezeiten, besonders abends.", "0"], cells.Take(2));
        Assert.Contains(body.Descendants<Text>(), t => t.Text.Contains("Sprachcafés in der Stadtbibliothek"));
        Assert.Equal("de-DE", main.StyleDefinitionsPart.Styles.DocDefaults!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Languages>().Single().Val!.Value);
        Assert.Equal("", string.Join("\n", new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public async Task A_farsi_idea_is_written_right_to_left_in_its_language_with_its_dot()
    {
        var participant = await host.Factory.CreateClient().PostJsonAsync("/api/join/SPRACH", new { displayName = (string?)null });
        var joined = await participant.ReadAsync<JoinResponse>();
        var client = host.Factory.WithToken(joined.ParticipantToken);
        var board = await (await client.GetAsync($"/api/boards/{joined.BoardId}")).ReadAsync<BoardSnapshot>();
        var idea = await (await client.PostJsonAsync($"/api/boards/{joined.BoardId}/ideas",
            new PostIdeaInput(board.Board.Columns[2].Id, Farsi, "docx-rtl", Language: "fa"))).ReadAsync<IdeaDto>();
        await (await host.Admin.PutJsonAsync($"/api/boards/{joined.BoardId}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        await (await client.PostJsonAsync($"/api/boards/{joined.BoardId}/ideas/{idea.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();

        using var docx = Open(await host.ExportAsync("processes", host.ProcessId, "docx"));

        var row = docx.MainDocumentPart!.Document.Body!.Descendants<TableRow>().First(r => r.InnerText.Contains(Farsi));
        var cell = row.Elements<TableCell>().First().Elements<Paragraph>().First();
        Assert.NotNull(cell.ParagraphProperties?.BiDi);
        Assert.All(cell.Elements<Run>(), r => Assert.NotNull(r.RunProperties?.RightToLeftText));
        // Word takes the language of right-to-left text from w:bidi.
        Assert.All(cell.Elements<Run>(), r => Assert.Equal(("fa", "fa"), (r.RunProperties?.Languages?.Val?.Value, r.RunProperties?.Languages?.Bidi?.Value)));
        Assert.Equal("1", row.Elements<TableCell>().ElementAt(1).InnerText);
        Assert.Equal("", string.Join("\n", new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task Photos_of_the_session_are_embedded_as_pictures_and_webp_is_stored_as_png()
    {
        var joined = await (await host.Factory.CreateClient().PostJsonAsync("/api/join/SPRACH", new { displayName = (string?)null })).ReadAsync<JoinResponse>();
        var board = await (await host.Admin.GetAsync($"/api/boards/{joined.BoardId}")).ReadAsync<BoardSnapshot>();
        var sessionId = board.Board.SessionId;
        await (await host.Admin.PostAsync($"/api/sessions/{sessionId}/photos", Upload(Image(SKEncodedImageFormat.Png), "pinnwand.png", "Pinnwand Sprache")))
            .ReadAsync<PhotoResponse>();
        await (await host.Admin.PostAsync($"/api/sessions/{sessionId}/photos", Upload(Image(SKEncodedImageFormat.Webp), "flipchart.webp", "Flipchart Ergebnisse")))
            .ReadAsync<PhotoResponse>();

        using var docx = Open(await host.ExportAsync("sessions", sessionId, "docx"));

        var main = docx.MainDocumentPart!;
        Assert.Equal(2, main.ImageParts.Count());
        Assert.All(main.ImageParts, p => Assert.Equal("image/png", p.ContentType));
        Assert.Equal(2, main.Document.Body!.Descendants<Drawing>().Count());
        var captions = main.Document.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption").Select(p => p.InnerText);
        Assert.Contains(captions, c => c.EndsWith("Pinnwand Sprache"));
        Assert.Contains(captions, c => c.EndsWith("Flipchart Ergebnisse"));
    }

    [Fact]
    public async Task The_same_docx_export_twice_is_the_same_bytes()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "docx");
        var second = await host.ExportAsync("processes", host.ProcessId, "docx");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task LibreOffice_opens_the_process_docx_and_converts_it_to_pdf()
    {
        var directory = Directory.CreateTempSubdirectory("participation-docx-");
        try
        {
            var docx = Path.Combine(directory.FullName, "dokumentation.docx");
            await File.WriteAllBytesAsync(docx, await host.ExportAsync("processes", host.ProcessId, "docx"));
            var profile = Path.Combine(directory.FullName, "profile");
            var start = new ProcessStartInfo("soffice",
                ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.FullName, docx])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var soffice = Process.Start(start)!;
            var output = soffice.StandardOutput.ReadToEndAsync();
            var error = soffice.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
            try
            {
                await soffice.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                soffice.Kill(entireProcessTree: true);
                throw;
            }

            var pdf = new FileInfo(Path.Combine(directory.FullName, "dokumentation.pdf"));
            Assert.True(soffice.ExitCode == 0 && pdf.Exists && pdf.Length > 0,
                $"soffice exited {soffice.ExitCode}: {await output} {await error}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static byte[] Image(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string caption)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(caption), "caption" } };
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
