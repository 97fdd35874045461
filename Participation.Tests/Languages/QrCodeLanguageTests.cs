using System.Net;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Concept.IndependentReaders;

namespace Participation.Tests.Languages;

/// <summary>A QR code made for a language (<c>?language=ar</c>) leads to the page in that language; an unknown one is refused.</summary>
public sealed class QrCodeLanguageTests(ConceptHost host) : IClassFixture<ConceptHost>
{
    private readonly ParticipationFactory factory = host.Factory;

    [Fact]
    public async Task Section_codes_and_the_print_sheet_made_for_Arabic_carry_culture_ar_and_without_a_language_stay_as_they_were()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var section = await process.Organiser.AddSectionAsync(document.Id, "4.1", "Wohnen");

        var png = await (await process.Facilitator.GetAsync($"/api/sections/{section.Id}/qr.png?size=600&language=ar")).Content.ReadAsByteArrayAsync();
        var svg = await (await process.Facilitator.GetAsync($"/api/sections/{section.Id}/qr.svg?language=ar")).Content.ReadAsStringAsync();
        var sheet = await (await process.Facilitator.GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf?language=ar")).Content.ReadAsByteArrayAsync();
        var plain = await (await process.Facilitator.GetAsync($"/api/sections/{section.Id}/qr.svg")).Content.ReadAsStringAsync();

        var arabic = $"{section.Url}?culture=ar";
        Assert.Equal([arabic], DecodeQrCodes(png));
        Assert.Equal([arabic], DecodeQrCodes(SvgToPng(svg)));
        Assert.Equal([arabic], DecodeQrCodes([.. PdfToPngs(sheet)]));
        Assert.Equal([section.Url], DecodeQrCodes(SvgToPng(plain)));
    }

    [Fact]
    public async Task A_board_code_made_for_Farsi_carries_culture_fa()
    {
        var board = await factory.CreateBoardAsync();

        var svg = await (await board.Facilitator.GetAsync($"/api/boards/{board.Id}/qr.svg?language=fa")).Content.ReadAsStringAsync();

        var url = Assert.Single(DecodeQrCodes(SvgToPng(svg)));
        Assert.EndsWith($"/j/{board.Board.JoinCode}?culture=fa", url);
    }

    [Fact]
    public async Task The_wall_shown_in_Arabic_shows_a_code_that_opens_the_board_in_Arabic_and_in_German_a_plain_one()
    {
        var board = await factory.CreateBoardAsync();
        var pages = await factory.PageClientAsync();

        var arabic = await pages.GetStringAsync($"/organise/boards/{board.Id}/wall?culture=ar");
        var german = await pages.GetStringAsync($"/organise/boards/{board.Id}/wall?culture=de");

        Assert.Equal([$"{board.Board.JoinUrl}?culture=ar"], DecodeQrCodes(SvgToPng(WallSvg(arabic))));
        Assert.Equal([board.Board.JoinUrl], DecodeQrCodes(SvgToPng(WallSvg(german))));
    }

    private static string WallSvg(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"wall-qr\"[^>]*>(?<svg>.*?</svg>)", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "No QR code on the wall");
        return match.Groups["svg"].Value;
    }

    [Fact]
    public async Task An_unknown_language_is_refused_naming_the_field_on_every_code_route()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var section = await process.Organiser.AddSectionAsync(document.Id, "4.2", "Arbeit");
        var board = await factory.CreateBoardAsync();

        foreach (var (client, url) in new[]
        {
            (process.Facilitator, $"/api/sections/{section.Id}/qr.svg?language=xx-bad"),
            (process.Facilitator, $"/api/sections/{section.Id}/qr.png?language=xx-bad"),
            (process.Facilitator, $"/api/documents/{document.Id}/qr-sheet.pdf?language=xx-bad"),
            (board.Facilitator, $"/api/boards/{board.Id}/qr.svg?language=xx-bad"),
        })
        {
            var problem = await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("ar", Assert.Single(problem.MessagesFor("language")));
        }
    }
}
