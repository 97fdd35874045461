using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Monitoring;

public sealed partial class AnnualReportTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    private string Address(string query) => $"/api/processes/{host.Published.ProcessId}/report?{query}";

    private async Task<byte[]> ReportAsync(string format)
    {
        var response = await host.Admin.GetAsync(Address($"year=2025&format={format}"));
        Assert.True(response.IsSuccessStatusCode, $"{format}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_pdf_report_read_by_pdftotext_holds_the_recommendations_decisions_measure_states_and_indicator_values_in_German()
    {
        var pdf = await ReportAsync("pdf");
        var text = Squeeze(IndependentReaders.PdfToText(pdf));

        AssertReport(text);
        Assert.Contains("Seite 1 von", text);
        // The charts are drawn as lines and text, not embedded as pictures.
        Assert.DoesNotContain("/Subtype /Image", System.Text.Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public async Task The_docx_report_read_from_its_document_xml_holds_the_recommendations_decisions_measure_states_and_indicator_values_in_German()
    {
        var bytes = await ReportAsync("docx");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        await using var xml = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var paragraphs = XDocument.Load(xml).Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)));

        AssertReport(Squeeze(string.Join("\n", paragraphs)));
        Assert.Equal(host.Published.Indicators.Count, zip.Entries.Count(e => e.FullName.EndsWith(".png", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_html_report_holds_the_same_and_each_chart_beside_its_table_with_caption()
    {
        var html = System.Text.Encoding.UTF8.GetString(await ReportAsync("html"));

        AssertReport(Squeeze(WebUtility.HtmlDecode(Tags().Replace(html, " "))));
        Assert.Contains("<caption dir=\"auto\">Daten: Indikator 1: Anteil mit Sprachzertifikat B1</caption>", html);
        Assert.Matches("<figure>\n<img src=\"data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+\" alt=\"Indikator 1: Anteil mit Sprachzertifikat B1\">\n<figcaption>[^<]*2016[^<]*2025[^<]*53,75\\s%", html);
    }

    [Fact]
    public async Task The_report_lists_this_years_members_with_roles_deputies_and_attendance_but_not_who_left_before()
    {
        var text = Squeeze(IndependentReaders.PdfToText(await ReportAsync("pdf")));

        Assert.Contains("Mitglied 1-1 Özdemir", text);
        Assert.Contains("Vorsitz", text);
        Assert.Contains("Stellvertretung für Mitglied 1-2 Özdemir", text);
        Assert.DoesNotContain("Mitglied 1-4 Özdemir", text);
        Assert.Contains("Fokusgruppe Integration: Sitzung 1", text);
        Assert.DoesNotContain("mitglied1-1@example.org", text);
    }

    [Theory]
    [InlineData("year=1899&format=pdf", "year")]
    [InlineData("format=pdf", "year")]
    [InlineData("year=2025&format=odt", "format")]
    [InlineData("year=2025", "format")]
    public async Task A_year_outside_the_settings_or_an_unknown_format_is_a_problem_naming_the_field(string query, string field)
    {
        var problem = await (await host.Admin.GetAsync(Address(query))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(field));
    }

    [Fact]
    public async Task The_report_is_for_organisers_not_for_facilitators()
    {
        var facilitator = await host.Factory.CreateMemberAsync(host.Admin, host.Published.ProcessId, "facilitator");

        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.Client.GetAsync(Address("year=2025&format=pdf"))).StatusCode);
    }

    private static void AssertReport(string text)
    {
        Assert.Contains("Monitoringbericht", text);
        Assert.Contains("Berichtsjahr 2025", text);
        Assert.Contains("Empfehlung 4: Sprachkurse mit Kinderbetreuung", text);
        Assert.Contains("2025/004", text);
        Assert.Contains("Ausschuss für Soziales", text);
        Assert.Contains("Vertagt", text);
        Assert.Contains("04.07.2025", text);
        Assert.Contains("Im Konzept", text);
        Assert.DoesNotContain("Empfehlung 1: Sprachkurse", text);
        Assert.Contains("Maßnahme 2: Sprachcafé in der Bibliothek", text);
        Assert.Contains("Begonnen", text);
        Assert.Contains("Abgeschlossen", text);
        Assert.Contains("Eingestellt", text);
        Assert.Contains("Stand der Maßnahme 2 im Frühjahr.", text);
        Assert.Contains("Zehn Termine für Maßnahme 1", text);
        Assert.DoesNotContain("Ausweiten auf zwei Orte", text);
        Assert.Contains("Indikator 1: Anteil mit Sprachzertifikat B1", text);
        Assert.Contains("53,75", text);
        Assert.Contains("40,25", text);
        Assert.Contains("60,5 % bis 2030", text);
        Assert.Contains("Gesamtes Gebiet", text);
        Assert.Contains("Bergheim", text);
    }

    /// <summary>
    /// One space for every run of white space, so words a reader broke across lines or cells still read as a phrase;
    /// ligatures the PDF's font drew ("ﬁ") as their letters.
    /// </summary>
    private static string Squeeze(string text) => Spaces().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
