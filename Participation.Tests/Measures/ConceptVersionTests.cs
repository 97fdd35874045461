using System.Net;
using Participation.Api.Concept;
using Participation.Api.Measures;
using Participation.Api.Recommendations;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

public sealed class ConceptVersionTests(MeasuresHost host) : IClassFixture<MeasuresHost>
{
    private ParticipationFactory Factory => host.Factory;

    /// <summary>A concept with three sections, a decided recommendation in one of them, and two measures.</summary>
    private async Task<(ConceptProcess P, DocumentResponse Document, SectionResponse[] Sections, MeasureResponse Courses, MeasureResponse Advice)> ConceptAsync()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var area = await p.Admin.CreateAreaAsync(p.Id, "Sprache und Bildung");
        var document = await p.Organiser.CreateDocumentAsync(p.Id, version: "2022");
        var housing = await p.Organiser.AddSectionAsync(document.Id, "3.1", "Wohnen");
        var language = await p.Organiser.AddSectionAsync(document.Id, "3.2", "Sprache");
        var work = await p.Organiser.AddSectionAsync(document.Id, "3.3", "Arbeit");
        var recommendation = await Factory.StoreRecommendationAsync(p.Id, "Sprachkurse wohnortnah", language.Id, RecommendationState.InConcept);
        var courses = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year, "Sprachkurse").With("areaId", area.Id)
            .With("recommendationIds", new[] { recommendation }).With("sectionIds", new[] { language.Id }));
        var advice = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year, "Wohnberatung").With("sectionIds", new[] { housing.Id }));
        return (p, document, [housing, language, work], courses, advice);
    }

    private static async Task<VersionResponse> PublishAsync(HttpClient client, Guid documentId, object body) =>
        await (await client.PostJsonAsync($"/api/documents/{documentId}/versions", body)).ReadAsync<VersionResponse>(HttpStatusCode.Created);

    private static async Task<ConceptChanges> ChangesAsync(HttpClient client, Guid documentId, string query = "") =>
        await (await client.GetAsync($"/api/documents/{documentId}/changes{query}")).ReadAsync<ConceptChanges>();

    [Fact]
    public async Task A_version_freezes_sections_measures_and_the_recommendations_with_their_decision()
    {
        var (p, document, sections, courses, _) = await ConceptAsync();

        var version = await PublishAsync(p.Organiser, document.Id, new { publishedOn = host.Today });

        Assert.Equal((1, "2022", host.Today), (version.Number, version.Version, version.PublishedOn));
        Assert.Equal(["3.1", "3.2", "3.3"], version.Snapshot.Sections.Select(s => s.Number));
        Assert.Equal(sections.Select(s => s.Code), version.Snapshot.Sections.Select(s => s.Code));
        var measure = Assert.Single(version.Snapshot.Measures, m => m.Id == courses.Id);
        Assert.Equal(("Sprachkurse", "Sprache und Bildung", "Volkshochschule Testland", host.Year, host.Year + 2, MeasureStatus.Planned),
            (measure.Title, measure.Area, measure.ResponsibleOrganisation, measure.StartYear, measure.EndYear, measure.Status));
        Assert.Equal(2, measure.Activities.Count);
        Assert.Equal("Sprachkurse wohnortnah", Assert.Single(measure.Recommendations).Title);
        Assert.Equal([sections[1].Code], measure.SectionCodes);
        var recommendation = Assert.Single(version.Snapshot.Recommendations);
        Assert.Equal((sections[1].Code, RecommendationState.InConcept, "Kreistag", "2026/032", DecisionResult.Adopted),
            (recommendation.SectionCode, recommendation.State, recommendation.Committee, recommendation.DecisionReference, recommendation.DecisionResult));
        Assert.True((await ChangesAsync(p.Facilitator, document.Id)).IsEmpty);
    }

    [Fact]
    public async Task The_changes_since_a_version_show_a_measure_done_one_added_a_section_withdrawn_and_one_renamed()
    {
        var (p, document, sections, courses, advice) = await ConceptAsync();
        await PublishAsync(p.Organiser, document.Id, new { publishedOn = host.Today });

        await p.Organiser.ChangeStatusAsync(courses.Id, "done", host.Today, "Alle Kurse sind gelaufen.");
        var mentoring = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year + 1, "Mentoring in Betrieben"));
        await (await p.Organiser.PostAsync($"/api/sections/{sections[2].Id}/withdraw", null)).ReadAsync<SectionResponse>();
        await (await p.Organiser.PutJsonAsync($"/api/sections/{sections[0].Id}", new { number = "3.1", title = "Wohnen und Nachbarschaft" })).ReadAsync<SectionResponse>();
        await (await p.Organiser.PutJsonAsync($"/api/sections/{sections[1].Id}", new { number = "4", title = "Sprache" })).ReadAsync<SectionResponse>();
        await (await p.Organiser.PutJsonAsync($"/api/measures/{advice.Id}", MeasureArrange.Measure(host.Year, "Wohnberatung")
            .With("responsibleOrganisation", "Diakonie").With("endYear", host.Year + 5)
            .With("activities", new[] { new { year = host.Year, text = "Zwei Kurse in der Kreisstadt" }, new { year = host.Year + 4, text = "Sprechstunde in jeder Gemeinde" } })))
            .ReadAsync<MeasureResponse>();
        var section = await p.Organiser.AddSectionAsync(document.Id, "3.4", "Gesundheit");
        await Factory.StoreRecommendationAsync(p.Id, "Gesundheitslotsen", section.Id, RecommendationState.InConcept);

        var changes = await ChangesAsync(p.Facilitator, document.Id);

        Assert.Equal((1, (int?)null), (changes.Since, changes.Until));
        Assert.Equal([new StatusChange(courses.Id, "Sprachkurse", MeasureStatus.Planned, MeasureStatus.Done)], changes.MeasuresStatusChanged);
        Assert.Equal([new SnapshotLink(mentoring.Id, "Mentoring in Betrieben")], changes.MeasuresAdded);
        Assert.Empty(changes.MeasuresRemoved);
        Assert.Equal([(sections[2].Code, true)], changes.SectionsWithdrawn.Select(s => (s.Code, s.Withdrawn)));
        Assert.Equal([new TextChange(sections[0].Id, sections[0].Code, "Wohnen", "Wohnen und Nachbarschaft")], changes.SectionsRenamed);
        Assert.Equal([new TextChange(sections[1].Id, sections[1].Code, "3.2", "4")], changes.SectionsRenumbered);
        Assert.Equal(["Gesundheit"], changes.SectionsAdded.Select(s => s.Title));
        Assert.Equal([new TimeFrameChange(advice.Id, "Wohnberatung", host.Year, host.Year + 2, host.Year, host.Year + 5)], changes.MeasuresTimeFrameChanged);
        Assert.Equal([new TextChange(advice.Id, "Wohnberatung", "Volkshochschule Testland", "Diakonie")], changes.MeasuresResponsibilityChanged);
        var activities = Assert.Single(changes.MeasuresActivitiesChanged);
        Assert.Equal([new ActivityResponse(host.Year + 4, "Sprechstunde in jeder Gemeinde")], activities.Added);
        Assert.Equal([new ActivityResponse(host.Year + 1, "Kurse in allen Gemeinden")], activities.Removed);
        Assert.Equal(["Gesundheitslotsen"], changes.RecommendationsAdded.Select(r => r.Title));
    }

    [Fact]
    public async Task A_version_stays_as_it_was_made_after_later_edits_and_versions_compare_with_each_other()
    {
        var (p, document, sections, courses, advice) = await ConceptAsync();
        var first = await PublishAsync(p.Organiser, document.Id, new { publishedOn = host.Today.AddDays(-30) });

        await p.Organiser.ChangeStatusAsync(courses.Id, "started", host.Today);
        await (await p.Organiser.PutJsonAsync($"/api/sections/{sections[1].Id}", new { number = "3.2", title = "Sprache lernen" })).ReadAsync<SectionResponse>();
        Assert.Equal(HttpStatusCode.NoContent, (await p.Organiser.DeleteAsync($"/api/measures/{advice.Id}")).StatusCode);
        await (await p.Organiser.PutJsonAsync($"/api/documents/{document.Id}", new { title = "Integrationskonzept", version = "2027" })).ReadAsync<DocumentResponse>();
        var second = await PublishAsync(p.Organiser, document.Id, new { publishedOn = host.Today });
        await p.Organiser.ChangeStatusAsync(courses.Id, "done", host.Today);

        var readAgain = await (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/versions/1")).ReadAsync<VersionResponse>();
        MeasureArrange.AssertSame(first, readAgain);
        Assert.Equal((2, "2027"), (second.Number, second.Version));
        var listed = await (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/versions")).ReadAsync<List<VersionSummary>>();
        Assert.Equal([(1, "2022"), (2, "2027")], listed.Select(v => (v.Number, v.Version)));

        var between = await ChangesAsync(p.Facilitator, document.Id, "?since=1&until=2");
        Assert.Equal((1, (int?)2), (between.Since, between.Until));
        Assert.Equal([(MeasureStatus.Planned, MeasureStatus.Started)], between.MeasuresStatusChanged.Select(c => (c.Old, c.New)));
        Assert.Equal([new SnapshotLink(advice.Id, "Wohnberatung")], between.MeasuresRemoved);
        Assert.Equal(["Sprache lernen"], between.SectionsRenamed.Select(r => r.New));
        var sinceLatest = await ChangesAsync(p.Facilitator, document.Id);
        Assert.Equal(2, sinceLatest.Since);
        Assert.Equal([(MeasureStatus.Started, MeasureStatus.Done)], sinceLatest.MeasuresStatusChanged.Select(c => (c.Old, c.New)));
        Assert.Empty(sinceLatest.SectionsRenamed);
    }

    [Fact]
    public async Task Versions_and_changes_refuse_what_does_not_fit()
    {
        var (p, document, _, _, _) = await ConceptAsync();

        var noVersion = await (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/changes")).ProblemAsync(HttpStatusCode.BadRequest);
        await PublishAsync(p.Organiser, document.Id, new { publishedOn = host.Today });
        var earlier = await (await p.Organiser.PostJsonAsync($"/api/documents/{document.Id}/versions", new { publishedOn = host.Today.AddDays(-1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var longLabel = await (await p.Organiser.PostJsonAsync($"/api/documents/{document.Id}/versions", new { version = new string('V', 65) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var untilBeforeSince = await (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/changes?since=1&until=1")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Von diesem Konzept gibt es noch keine Version.", Assert.Single(noVersion.MessagesFor("since")));
        Assert.Equal($"Das Datum liegt vor der letzten Version ({host.Today:dd.MM.yyyy}).", Assert.Single(earlier.MessagesFor("publishedOn")));
        Assert.NotEmpty(longLabel.MessagesFor("version"));
        Assert.NotEmpty(untilBeforeSince.MessagesFor("until"));
        Assert.Equal(HttpStatusCode.NotFound, (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/versions/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/changes?since=5")).StatusCode);
        Assert.Single(await (await p.Facilitator.GetAsync($"/api/documents/{document.Id}/versions")).ReadAsync<List<VersionSummary>>());
    }
}
