using System.Net;
using Participation.Api.Measures;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Measures;

/// <summary>Each rule of a measure refuses with the field it concerns, and nothing is stored or changed.</summary>
public sealed class MeasureValidationTests(MeasuresHost host) : IClassFixture<MeasuresHost>
{
    private ParticipationFactory Factory => host.Factory;

    private static (string Field, object? Value)[] BadFields(int year) =>
    [
        ("title", ""),
        ("title", new string('T', 301)),
        ("responsibleOrganisation", " "),
        ("startYear", 1999),
        ("startYear", year + 31),
        ("endYear", year - 1),
        ("endYear", year + 31),
        ("description", new string('D', 8001)),
    ];

    [Fact]
    public async Task A_bad_field_is_named_and_no_measure_is_created()
    {
        var p = await Factory.CreateConceptProcessAsync();
        foreach (var (field, value) in BadFields(host.Year))
        {
            var problem = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", MeasureArrange.Measure(host.Year).With(field, value)))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.MessagesFor(field));
        }
        Assert.Empty(await (await p.Organiser.GetAsync($"/api/processes/{p.Id}/measures")).ReadAsync<List<MeasureResponse>>());
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_with_its_reason()
    {
        var p = await Factory.CreateConceptProcessAsync();

        var problem = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures",
            MeasureArrange.Measure(host.Year + 2).With("endYear", host.Year + 1).With("activities", Array.Empty<object>()))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Das Ende liegt vor dem Beginn.", Assert.Single(problem.MessagesFor("endYear")));
    }

    [Fact]
    public async Task An_activity_outside_the_time_frame_or_without_text_is_named_by_its_place_in_the_list()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var body = MeasureArrange.Measure(host.Year).With("activities", new object[]
        {
            new { year = host.Year, text = "Start" },
            new { year = host.Year + 3, text = "Zu spät" },
            new { year = host.Year - 1, text = "" },
        });

        var problem = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal($"Das Jahr liegt nicht im Zeitraum der Maßnahme ({host.Year} bis {host.Year + 2}).", Assert.Single(problem.MessagesFor("activities[1].year")));
        Assert.NotEmpty(problem.MessagesFor("activities[2].year"));
        Assert.NotEmpty(problem.MessagesFor("activities[2].text"));
        Assert.DoesNotContain("activities[0].year", problem.Errors!.Keys);
    }

    [Fact]
    public async Task Activities_of_a_measure_without_an_end_may_reach_the_latest_allowed_year()
    {
        var p = await Factory.CreateConceptProcessAsync();

        var created = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year).With("endYear", null)
            .With("activities", new[] { new { year = host.Year + 30, text = "Abschluss" } }));

        Assert.Equal(host.Year + 30, Assert.Single(created.Activities).Year);
    }

    [Fact]
    public async Task More_activities_or_links_than_the_settings_allow_are_refused()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var activities = Enumerable.Range(0, 61).Select(_ => new { year = host.Year, text = "Kurs" }).ToArray();
        var links = Enumerable.Range(0, 51).Select(_ => Guid.NewGuid()).ToArray();

        var tooManyActivities = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", MeasureArrange.Measure(host.Year).With("activities", activities)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var tooManyLinks = await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", MeasureArrange.Measure(host.Year).With("sectionIds", links)))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Eine Maßnahme hat höchstens 60 Aktivitäten.", Assert.Single(tooManyActivities.MessagesFor("activities")));
        Assert.Equal("Höchstens 50 Verknüpfungen sind möglich.", Assert.Single(tooManyLinks.MessagesFor("sectionIds")));
    }

    [Fact]
    public async Task Areas_recommendations_and_sections_of_another_process_are_refused()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var other = await p.Admin.CreateProcessAsync();
        var foreignArea = await p.Admin.CreateAreaAsync(other.Id, "Sprache");
        var foreignDocument = await p.Admin.CreateDocumentAsync(other.Id);
        var foreignSection = await p.Admin.AddSectionAsync(foreignDocument.Id, "1", "Fremd");
        var foreignRecommendation = await Factory.StoreRecommendationAsync(other.Id, "Fremde Empfehlung");
        var ownDocument = await p.Organiser.CreateDocumentAsync(p.Id);
        var ownSection = await p.Organiser.AddSectionAsync(ownDocument.Id, "1", "Eigen");

        async Task<string> Refusal(string field, object value) =>
            Assert.Single((await (await p.Organiser.PostJsonAsync($"/api/processes/{p.Id}/measures", MeasureArrange.Measure(host.Year).With(field, value)))
                .ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor(field));

        Assert.Equal("Das Handlungsfeld gehört nicht zu diesem Prozess.", await Refusal("areaId", foreignArea.Id));
        Assert.Equal("Mindestens eine Empfehlung gehört nicht zu diesem Prozess.", await Refusal("recommendationIds", new[] { foreignRecommendation }));
        Assert.Equal("Mindestens ein Abschnitt gehört nicht zu einem Konzept dieses Prozesses.", await Refusal("sectionIds", new[] { ownSection.Id, foreignSection.Id }));
        Assert.Equal("Mindestens ein Abschnitt gehört nicht zu einem Konzept dieses Prozesses.", await Refusal("sectionIds", new[] { Guid.NewGuid() }));
        Assert.Empty(await (await p.Organiser.GetAsync($"/api/processes/{p.Id}/measures")).ReadAsync<List<MeasureResponse>>());
    }

    [Fact]
    public async Task A_refused_edit_leaves_the_measure_as_it_was()
    {
        var p = await Factory.CreateConceptProcessAsync();
        var measure = await p.Organiser.CreateMeasureAsync(p.Id, MeasureArrange.Measure(host.Year));

        var problem = await (await p.Organiser.PutJsonAsync($"/api/measures/{measure.Id}", MeasureArrange.Measure(host.Year, "Neu")
            .With("recommendationIds", new[] { Guid.NewGuid() }).With("activities", Array.Empty<object>()))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("recommendationIds"));
        MeasureArrange.AssertSame(measure, await (await p.Organiser.GetAsync($"/api/measures/{measure.Id}")).ReadAsync<MeasureResponse>());
    }
}
