using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using NJsonSchema;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

/// <summary>The documentation's data formats (CSV, XLSX, JSON) of the demo process, read back as an analyst's tools would.</summary>
public sealed class DocumentationDataTests(DemoDocumentationHost host) : IClassFixture<DemoDocumentationHost>
{
    private const string Conference = "Zukunftskonferenz Integration";
    private const string DemoBoard = "Sprache: Was brauchen wir?";

    [Fact]
    public async Task The_csv_has_one_row_per_idea_of_the_demo_board_with_its_dots_and_is_the_same_bytes_twice()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "csv");
        var second = await host.ExportAsync("processes", host.ProcessId, "csv");

        Assert.Equal(first, second);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), first[..3]);
        var text = Encoding.UTF8.GetString(first[3..]);
        Assert.Contains("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var board = rows.Where(r => (string)r["Ideenwand"] == DemoBoard).ToList();
        Assert.Equal(5, board.Count);
        Assert.Contains(board, r => (string)r["Idee"] == "Kurse mit Kinderbetreuung am Vormittag." && (string)r["Punkte"] == "0");
        Assert.All(board, r => Assert.Equal(Conference, r["Veranstaltungen"]));
        Assert.All(board, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)r["Datum"]));
    }

    [Fact]
    public async Task The_xlsx_has_sheets_for_ideas_attendance_and_figures_and_is_the_same_bytes_twice()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "xlsx");
        var second = await host.ExportAsync("processes", host.ProcessId, "xlsx");

        Assert.Equal(first, second);
        using var stream = new MemoryStream(first);
        var sheets = stream.GetSheetNames();
        Assert.Equal(3, sheets.Count);
        var ideas = stream.Query(useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(ideas, r => (string?)r["Idee"] == "Mehr Sprachpatenschaften mit Ehrenamtlichen." && (string?)r["Ideenwand"] == DemoBoard
            && Convert.ToInt32(r["Punkte"], CultureInfo.InvariantCulture) == 0);
        var attendance = stream.Query(useHeaderRow: true, sheetName: sheets[1]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(attendance, r => (string?)r["Veranstaltungen"] == Conference && Convert.ToInt32(r["Anzahl"], CultureInfo.InvariantCulture) == 8);
        Assert.Contains(attendance, r => (string?)r["Veranstaltungen"] == Conference && r["Merkmal"] is string { Length: > 0 });
        var figures = stream.Query(useHeaderRow: true, sheetName: sheets[2]).Cast<IDictionary<string, object?>>().ToList();
        Assert.True(Convert.ToInt32(figures.First(r => (string?)r["Kennzahl"] == "Idee")["Anzahl"], CultureInfo.InvariantCulture) >= 5);
    }

    [Theory]
    [InlineData("processes")]
    [InlineData("events")]
    public async Task The_json_export_is_valid_against_its_documented_schema(string scope)
    {
        var schema = await DocumentedSchemaAsync();
        var id = host.ProcessId;
        if (scope == "events")
        {
            var events = JsonDocument.Parse(await (await host.Admin.GetAsync($"/api/processes/{id}/events")).Content.ReadAsStringAsync()).RootElement;
            id = events.EnumerateArray().First(e => e.GetProperty("title").GetString() == Conference).GetProperty("id").GetGuid();
        }
        var json = Encoding.UTF8.GetString(await host.ExportAsync(scope, id, "json", "&includeHidden=true&includeNames=true"));

        var errors = schema.Validate(json);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.NotEmpty(schema.Validate(json.Replace("\"scope\": \"", "\"scope\": \"x")));
    }

    /// <summary>
    /// docs/documentation.schema.json is draft 2020-12; NJsonSchema reads drafts 4 to 7, where the shared definitions are called
    /// "definitions" instead of "$defs". Nothing else in the schema differs between the drafts.
    /// </summary>
    private static async Task<JsonSchema> DocumentedSchemaAsync()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Documentation", "documentation.schema.json"));
        Assert.Contains("https://json-schema.org/draft/2020-12/schema", text);
        return await JsonSchema.FromJsonAsync(text.Replace("\"$defs\"", "\"definitions\"").Replace("#/$defs/", "#/definitions/"));
    }

    [Fact]
    public async Task Names_are_for_organisers_a_facilitator_asking_for_them_is_refused()
    {
        var facilitator = await host.Factory.CreateMemberAsync(host.Admin, host.ProcessId, "facilitator");
        var organiser = await host.Factory.CreateMemberAsync(host.Admin, host.ProcessId, "organiser");
        var url = $"/api/processes/{host.ProcessId}/documentation?format=json&includeNames=true";

        var refused = await facilitator.Client.GetAsync(url);
        var allowed = JsonDocument.Parse(await (await organiser.Client.GetAsync(url)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.Client.GetAsync(url.Replace("true", "false"))).StatusCode);
        var names = allowed.GetProperty("events").EnumerateArray().First(e => e.GetProperty("title").GetString() == Conference)
            .GetProperty("attendance").GetProperty("names");
        Assert.Contains(names.EnumerateArray(), n => n.GetString()!.Contains("Katrin Albers"));
    }

    [Fact]
    public async Task The_organiser_pages_offer_every_format_and_the_event_page_links_each_session_outcome()
    {
        var pages = await host.Factory.PageClientAsync();
        var events = JsonDocument.Parse(await (await host.Admin.GetAsync($"/api/processes/{host.ProcessId}/events")).Content.ReadAsStringAsync()).RootElement;
        var conference = events.EnumerateArray().First(e => e.GetProperty("title").GetString() == Conference).GetProperty("id").GetGuid();
        var areas = JsonDocument.Parse(await (await host.Admin.GetAsync($"/api/processes/{host.ProcessId}/areas")).Content.ReadAsStringAsync()).RootElement;
        var area = areas[0].GetProperty("id").GetGuid();

        var process = await pages.GetStringAsync($"/organise/processes/{host.ProcessId}");
        var @event = await pages.GetStringAsync($"/organise/events/{conference}");
        var areaPage = await pages.GetStringAsync($"/organise/areas/{area}/edit");

        foreach (var format in new[] { "docx", "pdf", "html", "md", "csv", "xlsx", "json" })
        {
            Assert.Contains($"/api/processes/{host.ProcessId}/documentation?format={format}", process);
        }
        Assert.Contains("name=\"includeNames\"", process);
        Assert.Contains($"/api/events/{conference}/documentation?format=xlsx", @event);
        Assert.Matches("/organise/sessions/[0-9a-f-]{36}/outcome", @event);
        Assert.Contains($"/api/areas/{area}/documentation?format=csv", areaPage);
    }
}
