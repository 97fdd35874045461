using System.Net;
using System.Text;
using System.Text.Json;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

public sealed class DocumentationTests(DemoDocumentationHost host) : IClassFixture<DemoDocumentationHost>
{
    [Fact]
    public async Task The_process_documentation_as_json_holds_the_events_the_board_ideas_by_dots_and_the_figures()
    {
        var json = JsonDocument.Parse(await host.ExportAsync("processes", host.ProcessId, "json")).RootElement;

        Assert.Equal("Integrationskonzept Landkreis Musterland 2026", json.GetProperty("title").GetString());
        var conference = json.GetProperty("events").EnumerateArray().First(e => e.GetProperty("title").GetString() == "Zukunftskonferenz Integration");
        var ideas = conference.GetProperty("sessions").EnumerateArray().SelectMany(s => s.GetProperty("boards").EnumerateArray())
            .SelectMany(b => b.GetProperty("columns").EnumerateArray()).SelectMany(c => c.GetProperty("ideas").EnumerateArray()).ToList();
        Assert.NotEmpty(ideas);
        Assert.True(json.GetProperty("numbers").GetProperty("ideas").GetInt32() >= ideas.Count);
        Assert.Equal(8, conference.GetProperty("attendance").GetProperty("registered").GetInt32());
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("attendance").GetProperty("names").ValueKind);
    }

    [Fact]
    public async Task The_markdown_has_a_heading_per_event_and_the_same_export_twice_is_the_same_bytes()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "md");
        var second = await host.ExportAsync("processes", host.ProcessId, "md");

        var markdown = Encoding.UTF8.GetString(first);
        Assert.Contains("## Zukunftskonferenz Integration", markdown);
        Assert.Contains("## Ergebnisse nach Handlungsfeldern", markdown);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_unknown_format_names_the_supported_ones_and_strangers_are_refused()
    {
        var unknown = await (await host.Admin.GetAsync($"/api/processes/{host.ProcessId}/documentation?format=odt")).ProblemAsync(HttpStatusCode.BadRequest);
        var outsider = await host.Factory.CreateAccountAsync(host.Admin);

        Assert.Contains("docx, pdf, html, md, csv, xlsx, json", unknown.Errors!["format"][0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"/api/processes/{host.ProcessId}/documentation?format=md")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().GetAsync($"/api/processes/{host.ProcessId}/documentation")).StatusCode);
    }
}
