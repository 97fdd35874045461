using System.Net;
using Participation.Api.Measures;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

public sealed class MeasureTests(MeasuresHost host) : IClassFixture<MeasuresHost>
{
    private ParticipationFactory Factory => host.Factory;

    [Fact]
    public async Task A_measure_is_created_planned_with_its_links_and_yearly_activities_and_its_first_history_entry()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var area = await p.Admin.CreateAreaAsync(p.Id, "Sprache");
        var document = await p.Organiser.CreateDocumentAsync(p.Id);
        var section = await p.Organiser.AddSectionAsync(document.Id, "3.2", "Sprache und Bildung");
        var recommendation = await Factory.StoreRecommendationAsync(p.Id, "Sprachkurse wohnortnah anbieten");
        var body = MeasureArrange.Measure(host.Year).With("areaId", area.Id).With("recommendationIds", new[] { recommendation })
            .With("sectionIds", new[] { section.Id });

        var response = await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", body);
        var created = await response.ReadAsync<MeasureResponse>(HttpStatusCode.Created);

        Assert.Equal($"/api/measures/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Sprachkurse mit Kinderbetreuung", "Volkshochschule Testland", host.Year, host.Year + 2, area.Id, MeasureStatus.Planned),
            (created.Title, created.ResponsibleOrganisation, created.StartYear, created.EndYear, created.AreaId, created.Status));
        Assert.Equal([new ActivityResponse(host.Year, "Zwei Kurse in der Kreisstadt"), new ActivityResponse(host.Year + 1, "Kurse in allen Gemeinden")],
            created.Activities);
        Assert.Equal([recommendation], created.RecommendationIds);
        Assert.Equal([section.Id], created.SectionIds);
        MeasureArrange.AssertSame(created, await (await p.Facilitator.GetAsync($"/api/measures/{created.Id}")).ReadAsync<MeasureResponse>());

        var history = await (await p.Facilitator.GetAsync($"/api/measures/{created.Id}/history")).ReadAsync<List<StatusChangeResponse>>();
        var first = Assert.Single(history);
        Assert.Equal((MeasureStatus.Planned, host.Today, (string?)null), (first.Status, first.On, first.Comment));
        Assert.NotNull(first.AccountId);
        Assert.False(string.IsNullOrEmpty(first.AccountName));
    }

    [Fact]
    public async Task The_smallest_measure_needs_only_title_responsibility_and_start_year()
    {
        var p = await Factory.CreateConceptProcessAsync();

        var created = await p.Organiser.CreateMeasureAsync(p.Id, new() { ["title"] = "Lotsenprojekt", ["responsibleOrganisation"] = "Caritas", ["startYear"] = host.Year });

        Assert.Equal((null, null, (string?)null), (created.EndYear, created.AreaId, created.Description));
        Assert.Empty(created.Activities);
    }

    [Fact]
    public async Task An_edit_replaces_fields_links_and_activities_and_keeps_the_status()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var document = await p.Organiser.CreateDocumentAsync(p.Id);
        var first = await p.Organiser.AddSectionAsync(document.Id, "3.1", "Wohnen");
        var second = await p.Organiser.AddSectionAsync(document.Id, "3.2", "Sprache");
        var kept = await Factory.StoreRecommendationAsync(p.Id, "Wohnraum schaffen");
        var dropped = await Factory.StoreRecommendationAsync(p.Id, "Mietberatung");
        var measure = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year)
            .With("recommendationIds", new[] { kept, dropped }).With("sectionIds", new[] { first.Id }));
        await p.Organiser.ChangeStatusAsync(measure.Id, "started", host.Today);

        var edited = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}", MeasureArrange.Measure(host.Year, "Wohnberatung")
            .With("responsibleOrganisation", "Diakonie").With("endYear", host.Year + 4)
            .With("recommendationIds", new[] { kept }).With("sectionIds", new[] { first.Id, second.Id })
            .With("activities", new[] { new { year = host.Year + 3, text = "Beratung in jeder Gemeinde" } }))).ReadAsync<MeasureResponse>();

        Assert.Equal(("Wohnberatung", "Diakonie", host.Year + 4, MeasureStatus.Started), (edited.Title, edited.ResponsibleOrganisation, edited.EndYear, edited.Status));
        Assert.Equal([kept], edited.RecommendationIds);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), edited.SectionIds);
        Assert.Equal([new ActivityResponse(host.Year + 3, "Beratung in jeder Gemeinde")], edited.Activities);
        MeasureArrange.AssertSame(edited, await (await p.Organiser.GetAsync($"/api/measures/{measure.Id}")).ReadAsync<MeasureResponse>());
    }

    [Fact]
    public async Task The_list_filters_by_area_status_and_a_year_inside_the_time_frame()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var language = await p.Admin.CreateAreaAsync(p.Id, "Sprache");
        var housing = await p.Admin.CreateAreaAsync(p.Id, "Wohnen");
        var courses = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year, "Sprachkurse").With("areaId", language.Id));
        var advice = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year + 3, "Wohnberatung").With("areaId", housing.Id)
            .With("activities", Array.Empty<object>()));
        await p.Organiser.ChangeStatusAsync(courses.Id, "started", host.Today);

        async Task<IEnumerable<string>> Titles(string query) =>
            (await (await p.Facilitator.GetAsync($"/api/processes/{p.Id}/measures{query}")).ReadAsync<List<MeasureResponse>>()).Select(m => m.Title);

        Assert.Equal(["Sprachkurse", "Wohnberatung"], await Titles(""));
        Assert.Equal(["Wohnberatung"], await Titles($"?areaId={housing.Id}"));
        Assert.Equal(["Sprachkurse"], await Titles("?status=started"));
        Assert.Equal(["Sprachkurse"], await Titles($"?year={host.Year + 2}"));
        Assert.Equal(["Wohnberatung"], await Titles($"?year={host.Year + 3}"));
        Assert.Empty(await Titles($"?areaId={language.Id}&status=planned"));
        Assert.Equal(advice.Id, (await (await p.Facilitator.GetAsync($"/api/processes/{p.Id}/measures?status=planned")).ReadAsync<List<MeasureResponse>>()).Single().Id);
    }
}
