using System.Net;
using Participation.Api.Measures;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

public sealed class MeasurePagesTests(MeasuresHost host) : IClassFixture<MeasuresHost>
{
    private ParticipationFactory Factory => host.Factory;

    private static async Task<MeasureResponse> MeasureAsync(HttpClient api, Guid measureId) =>
        await (await api.GetAsync($"/api/measures/{measureId}")).ReadAsync<MeasureResponse>();

    private static async Task<List<StatusChangeResponse>> HistoryAsync(HttpClient api, Guid measureId) =>
        await (await api.GetAsync($"/api/measures/{measureId}/history")).ReadAsync<List<StatusChangeResponse>>();

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task A_measure_created_on_its_page_with_a_yearly_activity_is_listed_under_its_area_and_stored()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(process.Id, "Sprache und Bildung");
        var pages = await Factory.PageClientAsync();
        var year = host.Year;

        var created = await pages.PostFormAsync($"/organise/processes/{process.Id}/measures/new", new()
        {
            ["title"] = "Sprachkurse mit Kinderbetreuung", ["responsibleOrganisation"] = "Volkshochschule Testland",
            ["description"] = "Kurse am Vormittag.", ["areaId"] = area.Id.ToString(),
            ["startYear"] = $"{year}", ["endYear"] = $"{year + 2}",
            ["activities[0].year"] = $"{year + 1}", ["activities[0].text"] = "Kurse in allen Gemeinden",
            ["activities[1].year"] = "", ["activities[1].text"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var measure = Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/measures")).ReadAsync<List<MeasureResponse>>());
        Assert.Equal($"/organise/measures/{measure.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Sprachkurse mit Kinderbetreuung", area.Id, year, (int?)year + 2, MeasureStatus.Planned),
            (measure.Title, measure.AreaId, measure.StartYear, measure.EndYear, measure.Status));
        Assert.Equal([new ActivityResponse(year + 1, "Kurse in allen Gemeinden")], measure.Activities);

        var detail = Decoded(await pages.GetStringAsync($"/organise/measures/{measure.Id}"));
        Assert.Contains("<td dir=\"auto\">Kurse in allen Gemeinden</td>", detail);
        Assert.Contains("<dd id=\"measure-status\">Geplant</dd>", detail);
        var list = Decoded(await pages.GetStringAsync($"/organise/processes/{process.Id}/measures"));
        Assert.Contains(">Sprache und Bildung</h2>", list);
        Assert.Contains($"<td>{year}–{year + 2}</td>", list);
        Assert.Contains("<td>Geplant</td>", list);
        var filtered = Decoded(await pages.GetStringAsync($"/organise/processes/{process.Id}/measures?status=Started"));
        Assert.DoesNotContain("Sprachkurse mit Kinderbetreuung</a>", filtered);
        Assert.Contains("Sprachkurse mit Kinderbetreuung</a>", list);
        Assert.DoesNotContain("Sprachkurse mit Kinderbetreuung</a>", await pages.GetStringAsync($"/organise/processes/{process.Id}/measures?year={year + 3}"));
    }

    [Fact]
    public async Task Editing_a_measure_replaces_its_activities_and_links_it_to_a_checked_recommendation()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year));
        var recommendation = await Factory.StoreRecommendationAsync(process.Id, "Kurse wohnortnah anbieten");
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/measures/{measure.Id}/edit";

        var form = Decoded(await pages.GetStringAsync(page));
        Assert.Contains("name=\"activities[1].text\" type=\"text\" value=\"Kurse in allen Gemeinden\"", form);
        Assert.Contains($"name=\"recommendationIds\" value=\"{recommendation}\"", form);

        var saved = await pages.PostFormAsync(page, new()
        {
            ["title"] = "Sprachkurse", ["responsibleOrganisation"] = "Volkshochschule Testland", ["startYear"] = $"{host.Year}", ["endYear"] = $"{host.Year + 2}",
            ["activities[0].year"] = "", ["activities[0].text"] = "",
            ["activities[1].year"] = $"{host.Year + 2}", ["activities[1].text"] = "Auswertung",
            ["recommendationIds"] = recommendation.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await MeasureAsync(admin, measure.Id);
        Assert.Equal("Sprachkurse", stored.Title);
        Assert.Equal([new ActivityResponse(host.Year + 2, "Auswertung")], stored.Activities);
        Assert.Equal([recommendation], stored.RecommendationIds);
        Assert.Contains("Kurse wohnortnah anbieten", Decoded(await pages.GetStringAsync($"/organise/measures/{measure.Id}")));
    }

    [Fact]
    public async Task A_bad_activity_year_is_shown_next_to_its_field_and_no_measure_is_created()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var pages = await Factory.PageClientAsync();

        var refused = await pages.PostFormAsync($"/organise/processes/{process.Id}/measures/new", new()
        {
            ["title"] = "Beratung", ["responsibleOrganisation"] = "Jobcenter", ["startYear"] = $"{host.Year}", ["endYear"] = $"{host.Year + 1}",
            ["activities[0].year"] = $"{host.Year + 5}", ["activities[0].text"] = "Zu spät",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = Decoded(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\" id=\"activities[0].year-error\">Das Jahr liegt nicht im Zeitraum der Maßnahme", html);
        Assert.Contains("value=\"Zu spät\"", html);
        Assert.Empty(await (await admin.GetAsync($"/api/processes/{process.Id}/measures")).ReadAsync<List<MeasureResponse>>());
    }

    [Fact]
    public async Task A_status_change_with_a_comment_appears_in_the_history_table()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year));
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/measures/{measure.Id}";

        var changed = await pages.PostFormAsync(page, new()
        {
            ["status"] = "Started", ["on"] = host.Today.ToString("yyyy-MM-dd"), ["comment"] = "Der erste Kurs läuft.",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(MeasureStatus.Started, (await MeasureAsync(admin, measure.Id)).Status);
        var history = await HistoryAsync(admin, measure.Id);
        Assert.Equal([MeasureStatus.Planned, MeasureStatus.Started], history.Select(c => c.Status));
        Assert.Equal("Der erste Kurs läuft.", history[^1].Comment);
        var html = Decoded(await pages.GetStringAsync(page));
        Assert.Contains("<dd id=\"measure-status\">Begonnen</dd>", html);
        Assert.Contains($"<td>{host.Today:dd.MM.yyyy}</td>", html);
        Assert.Contains("<td dir=\"auto\">Der erste Kurs läuft.</td>", html);
    }

    [Fact]
    public async Task A_status_change_without_a_date_or_with_an_unknown_status_shows_the_error_and_changes_nothing()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year));
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/measures/{measure.Id}";

        var noDate = await pages.PostFormAsync(page, new() { ["status"] = "Started", ["on"] = "", ["comment"] = "ohne Datum" });
        var badStatus = await pages.PostFormAsync(page, new() { ["status"] = "Vertagt", ["on"] = host.Today.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.OK, noDate.StatusCode);
        Assert.Contains("id=\"on-error\"", await noDate.Content.ReadAsStringAsync());
        Assert.Contains(">ohne Datum</textarea>", Decoded(await noDate.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, badStatus.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"status-error\">Dieser Wert hat nicht das erwartete Format.</p>", Decoded(await badStatus.Content.ReadAsStringAsync()));
        Assert.Equal(MeasureStatus.Planned, (await MeasureAsync(admin, measure.Id)).Status);
        Assert.Single(await HistoryAsync(admin, measure.Id));
    }

    [Fact]
    public async Task A_frozen_version_is_listed_on_the_document_page_and_the_changes_page_names_the_changed_measure()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year, "Beratung im Jobcenter"));
        var pages = await Factory.PageClientAsync();
        var page = $"/organise/documents/{document.Id}";

        var frozen = await pages.PostFormAsync(page, new(), $"{page}?handler=Freeze");
        await admin.ChangeStatusAsync(measure.Id, "started", host.Today, "läuft");

        Assert.Equal(HttpStatusCode.Redirect, frozen.StatusCode);
        var version = Assert.Single(await (await admin.GetAsync($"/api/documents/{document.Id}/versions")).ReadAsync<List<VersionSummary>>());
        Assert.Equal((1, "1.0"), (version.Number, version.Version));
        var html = Decoded(await pages.GetStringAsync(page));
        Assert.Contains($"href=\"/organise/documents/{document.Id}/changes?from=1\">seit Version 1</a>", html);
        var changes = Decoded(await pages.GetStringAsync($"/organise/documents/{document.Id}/changes?from=1"));
        Assert.Contains("<li>Status von <bdi>Beratung im Jobcenter</bdi>: Geplant → Begonnen</li>", changes);
        Assert.Contains("Seit Version 1 bis heute", changes);
        Assert.Equal(1, changes.Split("<h1").Length - 1);
    }

    [Fact]
    public async Task A_measure_entered_by_mistake_is_deleted_after_the_confirmation()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year, "Versehen"));
        var pages = await Factory.PageClientAsync();

        Assert.Contains($"href=\"/organise/delete/measure/{measure.Id}\"", await pages.GetStringAsync($"/organise/measures/{measure.Id}/edit"));
        var deleted = await pages.PostFormAsync($"/organise/delete/measure/{measure.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/organise/processes/{process.Id}/measures", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/measures/{measure.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_stranger_may_neither_open_the_measures_nor_change_a_status()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var measure = await admin.CreateMeasureAsync(process.Id, MeasureArrange.Measure(host.Year));
        var stranger = await Factory.CreateAccountAsync(admin);
        var pages = await Factory.PageClientAsync(stranger.Email, stranger.Password);
        var token = await pages.TokenAsync("/organise");

        var list = await pages.GetAsync($"/organise/processes/{process.Id}/measures");
        var detail = await pages.GetAsync($"/organise/measures/{measure.Id}");
        var edit = await pages.GetAsync($"/organise/measures/{measure.Id}/edit");
        var status = await pages.PostAsync($"/organise/measures/{measure.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["status"] = "Dropped", ["on"] = host.Today.ToString("yyyy-MM-dd"), ["comment"] = "weg",
        }));

        Assert.All([list, detail, edit], r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound }));
        Assert.NotEqual(HttpStatusCode.Redirect, status.StatusCode);
        Assert.Equal(MeasureStatus.Planned, (await MeasureAsync(admin, measure.Id)).Status);
    }
}
