using System.Net;
using System.Text.Json;
using Participation.Api.Measures;
using Participation.Api.Monitoring;
using Participation.Api.Recommendations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Monitoring;

public sealed class MonitoringApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task A_published_monitoring_is_public_with_indicators_values_trend_charts_measures_and_recommendations_past_draft()
    {
        var world = host.Published;
        var monitoring = await (await host.Anonymous().GetAsync($"/api/processes/{world.ProcessId}/monitoring")).ReadAsync<MonitoringResponse>();

        Assert.Equal(world.ProcessId, monitoring.ProcessId);
        Assert.NotNull(monitoring.PublishedAt);
        Assert.Equal(["Sprache und Bildung", "Arbeit und Ausbildung"], monitoring.Areas.Select(a => a.Name));
        var indicator = monitoring.Areas[0].Indicators[0];
        Assert.Equal(world.Indicators[0].Name, indicator.Name);
        Assert.Equal(10 * 4, indicator.Values.Count);
        Assert.Equal(new MonitoringValueResponse(2025, "", MonitoringArrange.Value(0, 9, 0)), indicator.Latest);
        Assert.Equal(IndicatorTrend.Better, indicator.Trend);
        Assert.False(indicator.TargetReached);
        Assert.Equal($"/api/indicators/{indicator.Id}/chart.svg", indicator.ChartSvg);
        Assert.Equal($"/api/indicators/{indicator.Id}/chart.png", indicator.ChartPng);
        Assert.Equal(IndicatorTrend.Worse, monitoring.Areas[1].Indicators[0].Trend);

        Assert.Equal(world.Measures.Count, monitoring.Measures.Count);
        var started = monitoring.Measures.Single(m => m.Status == MeasureStatus.Started);
        Assert.Equal("Stand der Maßnahme 2 im Frühjahr.", started.StatusComment);
        Assert.Equal(new DateOnly(2025, 4, 2), started.StatusOn);

        Assert.Equal(world.Recommendations.Count(r => r.State != RecommendationState.Draft), monitoring.Recommendations.Count);
        Assert.DoesNotContain(monitoring.Recommendations, r => r.State == RecommendationState.Draft);
        var decided = monitoring.Recommendations.Single(r => r.State == RecommendationState.Decided);
        Assert.Equal(("Ausschuss für Soziales", "2025/004", DecisionResult.Deferred, new DateOnly(2025, 7, 4)),
            (decided.Committee, decided.DecisionReference, decided.DecisionResult!.Value, decided.DecidedOn!.Value));
        Assert.Equal("3.1 Sprache von Anfang an", monitoring.Recommendations.Single(r => r.State == RecommendationState.InConcept).SectionTitle);
    }

    [Fact]
    public async Task The_monitoring_json_holds_no_member_names_and_no_emails()
    {
        var json = await host.Anonymous().GetStringAsync($"/api/processes/{host.Published.ProcessId}/monitoring");

        Assert.NotEmpty(host.Published.MemberNames);
        Assert.All(host.Published.MemberNames, name => Assert.DoesNotContain(name, json));
        Assert.All(host.Published.MemberEmails, email => Assert.DoesNotContain(email, json));
        Assert.DoesNotContain("@", json);
        Assert.Contains("Fokusgruppe Integration", json);
    }

    [Fact]
    public async Task An_unpublished_monitoring_is_unknown_to_the_public_and_for_the_process_team_until_an_organiser_publishes_it_and_gone_again_when_taken_back()
    {
        var world = await host.SeedAsync(new MonitoringScale(Published: false), "Integrationskonzept Ostkreis");
        var address = $"/api/processes/{world.ProcessId}/monitoring";
        var anonymous = host.Anonymous();
        var facilitator = await host.Factory.CreateMemberAsync(host.Admin, world.ProcessId, "facilitator");
        var organiser = await host.Factory.CreateMemberAsync(host.Admin, world.ProcessId, "organiser");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);
        var early = await (await facilitator.Client.GetAsync(address)).ReadAsync<MonitoringResponse>();
        Assert.Null(early.PublishedAt);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.Client.PutJsonAsync($"{address}/publication", new { published = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);

        var published = await (await organiser.Client.PutJsonAsync($"{address}/publication", new { published = true })).ReadAsync<MonitoringPublicationResponse>();
        Assert.True(published.Published);
        Assert.NotNull((await (await anonymous.GetAsync(address)).ReadAsync<MonitoringResponse>()).PublishedAt);

        var taken = await (await organiser.Client.PutJsonAsync($"{address}/publication", new { published = false })).ReadAsync<MonitoringPublicationResponse>();
        Assert.False(taken.Published);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task A_publication_without_the_flag_names_the_field_and_changes_nothing()
    {
        var address = $"/api/processes/{host.Unpublished.ProcessId}/monitoring";

        var problem = await (await host.Admin.PutJsonAsync($"{address}/publication", new { })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("published"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task The_area_filter_keeps_the_indicators_measures_and_recommendations_of_that_area()
    {
        var world = host.Published;
        var area = world.AreaIds[1];

        var monitoring = await (await host.Anonymous().GetAsync($"/api/processes/{world.ProcessId}/monitoring?area={area}")).ReadAsync<MonitoringResponse>();

        Assert.Equal([area], monitoring.Areas.Select(a => a.Id!.Value));
        Assert.Equal(world.Indicators.Where(i => i.AreaId == area).Select(i => i.Id), monitoring.Areas[0].Indicators.Select(i => i.Id));
        Assert.NotEmpty(monitoring.Measures);
        Assert.All(monitoring.Measures, m => Assert.Equal(area, m.AreaId));
        Assert.NotEmpty(monitoring.Recommendations);
        Assert.All(monitoring.Recommendations, r => Assert.Equal(area, r.AreaId));
    }

    [Fact]
    public async Task The_section_filter_keeps_the_section_areas_and_the_measures_and_recommendations_linked_to_it()
    {
        var world = host.Published;

        var monitoring = await (await host.Anonymous().GetAsync($"/api/processes/{world.ProcessId}/monitoring?section={world.SectionCode.ToLowerInvariant()}"))
            .ReadAsync<MonitoringResponse>();

        Assert.Equal(world.SectionCode, monitoring.Section!.Code);
        Assert.Equal([world.AreaIds[0]], monitoring.Areas.Select(a => a.Id!.Value));
        Assert.Equal([world.Measures[0].Id], monitoring.Measures.Select(m => m.Id));
        var inConcept = world.Recommendations.Single(r => r.State == RecommendationState.InConcept);
        Assert.Equal([inConcept.Id], monitoring.Recommendations.Select(r => r.Id));
    }

    [Theory]
    [InlineData("area", "area=0195d7a4-0000-7000-8000-000000000000")]
    [InlineData("section", "section=ZZZZZZ")]
    public async Task A_filter_that_names_nothing_of_the_process_is_a_problem_naming_it(string field, string query)
    {
        var problem = await (await host.Anonymous().GetAsync($"/api/processes/{host.Published.ProcessId}/monitoring?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor(field));
    }

    [Fact]
    public async Task An_area_of_another_process_is_not_a_filter_of_this_one()
    {
        var other = host.Unpublished.AreaIds[0];

        var problem = await (await host.Admin.GetAsync($"/api/processes/{host.Published.ProcessId}/monitoring?area={other}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("area"));
    }

    [Fact]
    public async Task Enums_in_the_monitoring_json_are_camel_case_strings()
    {
        using var json = JsonDocument.Parse(await host.Anonymous().GetStringAsync($"/api/processes/{host.Published.ProcessId}/monitoring"));

        var recommendation = json.RootElement.GetProperty("recommendations")[0];
        Assert.Contains(recommendation.GetProperty("state").GetString(), new[] { "agreed", "submitted", "decided", "inConcept" });
        Assert.Equal("better", json.RootElement.GetProperty("areas")[0].GetProperty("indicators")[0].GetProperty("trend").GetString());
    }
}
