using System.Text;
using System.Text.RegularExpressions;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

public sealed class HtmlExportTests(DemoDocumentationHost host) : IClassFixture<DemoDocumentationHost>
{
    [Fact]
    public async Task The_process_html_has_the_title_its_language_every_event_heading_and_the_ideas_and_no_script()
    {
        var html = Encoding.UTF8.GetString(await host.ExportAsync("processes", host.ProcessId, "html"));
        var events = await (await host.Admin.GetAsync($"/api/processes/{host.ProcessId}/events")).ReadAsync<List<EventResponse>>();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Matches(@"<html lang=""de(-DE)?"">", html);
        Assert.Contains("<h1 dir=\"auto\">Integrationskonzept Landkreis Musterland 2026</h1>", html);
        Assert.All(events, e => Assert.Matches($@"<h2 dir=""auto"">{Regex.Escape(e.Title)}</h2>", html));
        Assert.Contains(">Die Sprachcafés in der Stadtbibliothek sind immer voll.</td>", html);
        Assert.Contains("<th scope=\"col\"", html);
        Assert.Contains("@page", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
    }

    [Fact]
    public async Task Markup_typed_by_a_participant_stays_text_and_an_arabic_idea_is_right_to_left()
    {
        await host.PostCardsAsync("<b>Mehr</b> Kurse & \"Treffpunkte\"", "نحتاج إلى دروس لغة في المساء");

        var html = Encoding.UTF8.GetString(await host.ExportAsync("processes", host.ProcessId, "html"));

        Assert.DoesNotContain("<b>Mehr</b>", html);
        Assert.Contains("&lt;b&gt;Mehr&lt;/b&gt; Kurse &amp; &quot;Treffpunkte&quot;", html);
        Assert.Matches(@"<td dir=""rtl""[^>]*>نحتاج إلى دروس لغة في المساء</td>", html);
    }

    [Fact]
    public async Task The_same_html_export_twice_is_the_same_bytes()
    {
        var first = await host.ExportAsync("processes", host.ProcessId, "html");
        var second = await host.ExportAsync("processes", host.ProcessId, "html");

        Assert.Equal(first, second);
    }
}
