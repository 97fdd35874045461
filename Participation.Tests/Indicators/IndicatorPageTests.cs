using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

public sealed class IndicatorPageTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task The_indicators_page_shows_each_chart_its_description_and_its_values_as_a_table()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var indicator = await admin.CreateIndicatorAsync(process.Id, IndicatorArrange.Indicator().With("areaId", work.Id));
        await admin.CreateIndicatorAsync(process.Id, IndicatorArrange.Indicator("Wohnungslose Personen"));
        await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2022;;11,5\n2023;;1.234,5\n2023;Neustadt;9\n");
        var pages = await factory.PageClientAsync();

        var html = await pages.GetStringAsync($"/organise/processes/{process.Id}/indicators");

        Assert.Contains("<h2 id=\"area-", html);
        Assert.Contains(">Arbeit</h2>", html);
        Assert.Contains(">Ohne Handlungsfeld</h2>", html);
        Assert.Contains($"aria-labelledby=\"indicator-{indicator.Id:N}-title indicator-{indicator.Id:N}-desc\"", html);
        Assert.Contains("<figcaption>Werte von 2022 bis 2023: 11,5\u00A0% im Jahr 2022 und 1.234,5\u00A0% im Jahr 2023. Ziel 2030: 15\u00A0%.</figcaption>", html.Replace("&#xA0;", "\u00A0"));
        Assert.Contains("<td>1.234,5</td>", html);
        Assert.Contains(">Neustadt</td>", html);
        Assert.Contains("Für diesen Indikator gibt es noch keine Werte.", html);
        Assert.Equal(1, html.Split("<h1").Length - 1);
        Assert.DoesNotContain("<?xml", html);

        Assert.Contains($"href=\"/organise/processes/{process.Id}/indicators\"", await pages.GetStringAsync($"/organise/processes/{process.Id}"));

        var stranger = await factory.CreateAccountAsync(admin);
        var refused = await (await factory.PageClientAsync(stranger.Email, stranger.Password)).GetAsync($"/organise/processes/{process.Id}/indicators");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task An_uploaded_csv_reports_the_imported_count_and_each_rejected_line_with_its_number_and_reason()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        var pages = await factory.PageClientAsync();
        var page = $"/organise/indicators/{indicator.Id}/values";

        var good = await UploadAsync(pages, page, "Jahr;Kommune;Wert\n2022;;11,5\n2023;;zwölf\n");
        var bad = await UploadAsync(pages, page, "Datum;Betrag\n2022;1\n");

        Assert.Contains("1 Werte übernommen.", good);
        Assert.Contains("<tr><td>3</td><td>value</td><td>Der Wert ist keine Zahl.</td></tr>", good);
        Assert.Contains("id=\"csv-error\"", bad);
        Assert.Equal([new(2022, "", 11.5m)], await admin.ValuesAsync(indicator.Id));
    }

    private static async Task<string> UploadAsync(HttpClient pages, string page, string csv)
    {
        var token = await pages.TokenAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new("text/csv") } }, "csv", "werte.csv" },
        };
        var response = await pages.PostAsync(page, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
