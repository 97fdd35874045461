using System.Net;
using System.Text.RegularExpressions;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Concept.IndependentReaders;

namespace Participation.Tests.Concept;

/// <summary>The codes in print: an independent reader must get exactly the section's short address back.</summary>
public sealed class ConceptQrTests(ConceptHost host) : IClassFixture<ConceptHost>
{
    private readonly ParticipationFactory factory = host.Factory;

    [Fact]
    public async Task The_PNG_and_SVG_codes_of_a_section_decode_to_exactly_its_short_address()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var section = await process.Organiser.AddSectionAsync(document.Id, "3.2", "Sprache und Bildung", printPage: 14);

        var png = await process.Facilitator.GetAsync($"/api/sections/{section.Id}/qr.png?size=600");
        var svg = await process.Facilitator.GetAsync($"/api/sections/{section.Id}/qr.svg");

        Assert.Matches("^[A-Z0-9]{6}$", section.Code);
        Assert.Equal($"{ConceptHost.PublicBaseUrl}/k/{section.Code}", section.Url);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([section.Url], DecodeQrCodes(await png.Content.ReadAsByteArrayAsync()));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal([section.Url], DecodeQrCodes(SvgToPng(await svg.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task The_print_sheet_has_one_readable_code_per_section_still_in_the_edition_with_its_label_and_address()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, title: "Integrationskonzept Testland", version: "2.0");
        var sections = new List<Participation.Api.Concept.SectionResponse>();
        for (var i = 1; i <= 14; i++)
        {
            sections.Add(await process.Organiser.AddSectionAsync(document.Id, $"{i}.1", $"Handlungsfeld {i}", printPage: 10 + i));
        }
        var withdrawn = await process.Organiser.AddSectionAsync(document.Id, "15.1", "Zurückgezogen");
        await (await process.Organiser.PostAsync($"/api/sections/{withdrawn.Id}/withdraw", null)).ReadAsync<Participation.Api.Concept.SectionResponse>();

        var response = await process.Facilitator.GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var again = await (await process.Facilitator.GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf")).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, again);
        var text = Regex.Replace(PdfToText(pdf), @"\s+", " ");
        foreach (var expected in new[] { "Integrationskonzept Testland", "Ausgabe 2.0", "Blatt 1 von 2", "Blatt 2 von 2", "Seite 11 im Druck" })
        {
            Assert.Contains(expected, text);
        }
        foreach (var section in sections)
        {
            Assert.Contains($"{section.Number} {section.Title}", text);
            Assert.Contains(section.Url, text);
        }
        Assert.DoesNotContain("Zurückgezogen", text);
        Assert.DoesNotContain(withdrawn.Url, text);
        var pages = PdfToPngs(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Equal(sections.Select(s => s.Url).Order(), DecodeQrCodes([.. pages]).Order());
    }

    [Fact]
    public async Task Only_the_process_team_gets_the_print_sheet()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var outsider = await factory.CreateAccountAsync(process.Admin);

        var anonymous = await factory.CreateClient().GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf");
        var stranger = await outsider.Client.GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf");
        var empty = await process.Organiser.GetAsync($"/api/documents/{document.Id}/qr-sheet.pdf");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Integrationskonzept Landkreis Testland", PdfToText(await empty.Content.ReadAsByteArrayAsync()));
    }
}
