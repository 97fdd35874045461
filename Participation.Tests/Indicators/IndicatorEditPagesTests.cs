using System.Net;
using Participation.Api.Indicators;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

public sealed class IndicatorEditPagesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    /// <summary>Posts a form whose fields may repeat (the grid's hidden years and municipalities), with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient pages, string page, params (string Name, string Value)[] fields)
    {
        var token = await pages.TokenAsync(page);
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await pages.PostAsync(page, content);
    }

    private static async Task<List<IndicatorResponse>> IndicatorsAsync(HttpClient api, Guid processId) =>
        await (await api.GetAsync($"/api/processes/{processId}/indicators")).ReadAsync<List<IndicatorResponse>>();

    [Fact]
    public async Task An_indicator_created_on_its_page_keeps_a_target_typed_with_a_decimal_comma_and_a_bad_target_creates_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var pages = await factory.PageClientAsync();
        var page = $"/organise/processes/{process.Id}/indicators/new";

        var bad = await PostAsync(pages, page, ("name", "Arbeitslosenquote"), ("unit", "%"), ("direction", "LowerIsBetter"), ("target", "zwölf"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("id=\"target-error\"", await bad.Content.ReadAsStringAsync());
        Assert.Empty(await IndicatorsAsync(admin, process.Id));

        var created = await PostAsync(pages, page, ("name", "Arbeitslosenquote"), ("unit", "%"), ("direction", "LowerIsBetter"),
            ("definition", "Arbeitslose je 100 zivile Erwerbspersonen."), ("source", "Bundesagentur für Arbeit"),
            ("areaId", work.Id.ToString()), ("target", "4,5"), ("targetYear", "2030"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var indicator = Assert.Single(await IndicatorsAsync(admin, process.Id));
        Assert.Equal(("Arbeitslosenquote", IndicatorDirection.LowerIsBetter, (decimal?)4.5m, (int?)2030, (Guid?)work.Id),
            (indicator.Name, indicator.Direction, indicator.Target, indicator.TargetYear, indicator.AreaId));
        var list = WebUtility.HtmlDecode(await pages.GetStringAsync($"/organise/processes/{process.Id}/indicators"));
        Assert.Contains($"href=\"/organise/indicators/{indicator.Id}/edit\"", list);
        Assert.Contains($"href=\"/organise/indicators/{indicator.Id}/values/edit\"", list);
        Assert.Contains("value=\"4,5\"", await pages.GetStringAsync($"/organise/indicators/{indicator.Id}/edit"));
    }

    [Fact]
    public async Task Values_entered_in_the_grid_with_a_decimal_comma_are_stored_and_shown_again()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        var pages = await factory.PageClientAsync();
        var page = $"/organise/indicators/{indicator.Id}/values/edit";

        // An empty grid: the only row and the second column are the new ones.
        var first = await PostAsync(pages, page, ("places", ""), ("newYear", "2023"), ("newPlace", "Neustadt"),
            ("cell-0-0", "11,5"), ("cell-0-1", "9"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal([new(2023, "", 11.5m), new(2023, "Neustadt", 9m)], await admin.ValuesAsync(indicator.Id));

        var grid = await pages.GetStringAsync(page);
        Assert.Contains("<th scope=\"col\" dir=\"auto\">Neustadt</th>", grid);
        Assert.Contains("id=\"cell-0-0\" name=\"cell-0-0\" value=\"11,5\"", grid);

        // Now row 0 is 2023 and row 1 the new one; column 2 the new one. Emptying a cell removes its value.
        var second = await PostAsync(pages, page, ("years", "2023"), ("places", ""), ("places", "Neustadt"), ("newYear", "2024"), ("newPlace", ""),
            ("cell-0-0", "1.234,5"), ("cell-0-1", ""), ("cell-1-0", "12,25"), ("cell-1-1", ""));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal([new(2023, "", 1234.5m), new(2024, "", 12.25m)], await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task A_bad_cell_is_reported_beside_it_and_nothing_of_the_grid_is_saved()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2022;;10\n");
        var pages = await factory.PageClientAsync();
        var page = $"/organise/indicators/{indicator.Id}/values/edit";

        var refused = await PostAsync(pages, page, ("years", "2022"), ("places", ""), ("newYear", "2023"), ("newPlace", ""),
            ("cell-0-0", "11"), ("cell-1-0", "zwölf"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\" id=\"cell-1-0-error\">Das ist keine Zahl.</p>", html);
        Assert.Contains("value=\"zwölf\"", html);
        Assert.Equal([new(2022, "", 10m)], await admin.ValuesAsync(indicator.Id));

        var outOfRange = await PostAsync(pages, page, ("years", "2022"), ("places", ""), ("newYear", "1200"), ("newPlace", ""), ("cell-1-0", "5"));
        Assert.Contains("id=\"newYear-error\"", await outOfRange.Content.ReadAsStringAsync());
        Assert.Equal([new(2022, "", 10m)], await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task The_switch_publishes_the_monitoring_for_everyone_and_a_stranger_can_neither_publish_nor_edit()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var indicator = await admin.CreateIndicatorAsync(process.Id);
        var anonymous = factory.CreateClient();
        var stranger = await factory.CreateAccountAsync(admin);
        var strangerPages = await factory.PageClientAsync(stranger.Email, stranger.Password);
        var pages = await factory.PageClientAsync();
        var page = $"/organise/processes/{process.Id}/indicators";

        var theirs = await strangerPages.PostAsync($"{page}?handler=Publication", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await strangerPages.TokenAsync("/organise"), ["published"] = "true",
        }));
        Assert.Contains(theirs.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/processes/{process.Id}/monitoring")).StatusCode);
        foreach (var refusedPage in new[] { $"/organise/indicators/{indicator.Id}/edit", $"/organise/indicators/{indicator.Id}/values/edit", $"/organise/processes/{process.Id}/indicators/new" })
        {
            Assert.Contains((await strangerPages.GetAsync(refusedPage)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        }
        Assert.Contains("id=\"publication-state\">Die Monitoring-Seite ist nicht öffentlich", WebUtility.HtmlDecode(await pages.GetStringAsync(page)));

        var published = await pages.PostFormAsync(page, new() { ["published"] = "true" }, $"{page}?handler=Publication");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/processes/{process.Id}/monitoring")).StatusCode);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync(page));
        Assert.Contains("Die Monitoring-Seite ist seit dem", html);
        Assert.Contains($"href=\"/monitoring/{process.Id}\"", html);
        Assert.Contains("Veröffentlichung zurücknehmen", html);

        var withdrawn = await pages.PostFormAsync(page, new() { ["published"] = "false" }, $"{page}?handler=Publication");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/processes/{process.Id}/monitoring")).StatusCode);
    }
}
