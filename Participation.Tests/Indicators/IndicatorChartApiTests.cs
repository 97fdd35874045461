using System.Net;
using System.Xml.Linq;
using Participation.Api.Indicators.Charts;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

public sealed class IndicatorChartApiTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_chart_is_for_facilitators_until_the_monitoring_is_published_and_then_for_everyone()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var indicator = await admin.CreateIndicatorAsync(process.Id);
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var stranger = await factory.CreateMemberAsync(admin, (await admin.CreateProcessAsync()).Id, "organiser");
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/indicators/{indicator.Id}/chart.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/indicators/{indicator.Id}/chart.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.GetAsync($"/api/indicators/{indicator.Id}/chart.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.Client.GetAsync($"/api/indicators/{indicator.Id}/chart.svg")).StatusCode);

        await factory.PublishMonitoringAsync(process.Id);

        var svg = await anonymous.GetAsync($"/api/indicators/{indicator.Id}/chart.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var empty = XDocument.Parse(await svg.Content.ReadAsStringAsync());
        Assert.Equal("Für diesen Indikator gibt es noch keine Werte.", empty.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "empty").Value);
        var png = await anonymous.GetAsync($"/api/indicators/{indicator.Id}/chart.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        IndicatorChartTests.AssertPng(await png.Content.ReadAsByteArrayAsync(), 800 * IndicatorCharts.PngScale, 450 * IndicatorCharts.PngScale);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/indicators/{Guid.NewGuid()}/chart.svg")).StatusCode);
    }

    [Fact]
    public async Task The_chart_shows_the_stored_values_in_the_asked_view_language_and_year_and_the_same_bytes_twice()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await (await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2021;;11,5\n2022;;12,25\n2022;Neustadt;1.500\n2021;Altdorf;3\n")).ReadAsync<Participation.Api.Indicators.ValuesResult>();

        var trend = await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg");
        var english = XDocument.Parse(await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg?culture=en"));
        var comparison = XDocument.Parse(await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg?view=municipalities&year=2021"));
        var badView = await (await admin.GetAsync($"/api/indicators/{indicator.Id}/chart.svg?view=pie")).ProblemAsync(HttpStatusCode.BadRequest);
        var badYear = await (await admin.GetAsync($"/api/indicators/{indicator.Id}/chart.png?year=12")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["11,5", "12,25"], Labels(XDocument.Parse(trend), "value-label"));
        Assert.Equal(trend, await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg"));
        Assert.Equal(await admin.GetByteArrayAsync($"/api/indicators/{indicator.Id}/chart.png"), await admin.GetByteArrayAsync($"/api/indicators/{indicator.Id}/chart.png"));
        Assert.Equal(["11.5", "12.25"], Labels(english, "value-label"));
        Assert.Equal("Target 2030: 15\u00A0%", Labels(english, "target-label").Single());
        Assert.Equal(["Altdorf"], Labels(comparison, "municipality"));
        Assert.StartsWith("Ein Wert im Jahr 2021: 3\u00A0% (Altdorf).", comparison.Root!.Element(Svg + "desc")!.Value);
        Assert.Single(badView.MessagesFor("view"));
        Assert.Single(badYear.MessagesFor("year"));
    }

    [Fact]
    public async Task Values_of_municipalities_only_show_their_comparison_and_the_trend_says_why_it_is_empty()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await (await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2022;Neustadt;7\n2022;Altdorf;4,5\n")).ReadAsync<Participation.Api.Indicators.ValuesResult>();

        var chosen = XDocument.Parse(await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg"));
        var trend = XDocument.Parse(await admin.GetStringAsync($"/api/indicators/{indicator.Id}/chart.svg?view=trend"));

        Assert.Equal(["Neustadt", "Altdorf"], Labels(chosen, "municipality"));
        Assert.Empty(Labels(chosen, "empty"));
        Assert.Equal(["Für das Gesamtgebiet gibt es noch keine Werte, nur für einzelne Kommunen."], Labels(trend, "empty"));
        Assert.StartsWith("Für das Gesamtgebiet gibt es noch keine Werte", trend.Root!.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public async Task A_chart_answers_304_to_its_etag_until_its_values_change_and_then_shows_the_new_value()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await (await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2021;;11,5\n2022;;12\n")).ReadAsync<Participation.Api.Indicators.ValuesResult>();
        var address = $"/api/indicators/{indicator.Id}/chart.svg";

        var first = await admin.GetAsync(address);
        var tag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, address) { Headers = { IfNoneMatch = { tag } } };
        var unchanged = await admin.SendAsync(again);
        using var png = new HttpRequestMessage(HttpMethod.Get, $"/api/indicators/{indicator.Id}/chart.png") { Headers = { IfNoneMatch = { tag } } };
        var otherFormat = await admin.SendAsync(png);
        await (await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2022;;13\n")).ReadAsync<Participation.Api.Indicators.ValuesResult>();
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, address) { Headers = { IfNoneMatch = { tag } } };
        var changed = await admin.SendAsync(afterChange);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFormat.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal(["11,5", "13"], Labels(XDocument.Parse(await changed.Content.ReadAsStringAsync()), "value-label"));
    }

    private static List<string> Labels(XDocument svg, string cssClass) =>
        [.. svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value)];
}
