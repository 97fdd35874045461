using System.Net;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.Measures;
using Participation.Api.Recommendations;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

/// <summary>Ideas on a board become a recommendation, are decided, go into the concept and a measure, and each idea's trace shows the way.</summary>
public sealed class WholePathTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed record Path(RecommendationWorld World, IdeaDto First, IdeaDto Second, IdeaDto Third, RecommendationResponse Recommendation,
        SectionResponse Section, Guid DocumentId, MeasureResponse Measure);

    private async Task<Path> WalkAsync()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var bodyId = await factory.CreateBodyAsync(world.ProcessId);
        var first = await world.PostIdeaAsync("Sprachkurse am Abend mit Kinderbetreuung");
        var second = await world.PostIdeaAsync("Kinderbetreuung während der Sprachkurse");
        var third = await world.PostIdeaAsync("Abendkurse auch in den kleinen Gemeinden");
        var document = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var section = await world.Organiser.AddSectionAsync(document.Id, "3.2", "Sprache und Bildung");

        var recommendation = await world.CreateAsync([first.Id, second.Id], bodyId: bodyId);
        await StepAsync(world, recommendation.Id, new { state = "agreed", on = Today.AddDays(-60) });
        await StepAsync(world, recommendation.Id, new { state = "submitted", on = Today.AddDays(-30), committee = "Ausschuss für Soziales" });
        await StepAsync(world, recommendation.Id, new
        {
            state = "decided", on = Today.AddDays(-7), committee = "Kreistag", decisionReference = "2022/032", result = "adopted",
        });
        await StepAsync(world, recommendation.Id, new { state = "inConcept", sectionId = section.Id });

        var measure = await (await world.Organiser.PostJsonAsync($"/api/processes/{world.ProcessId}/measures", new
        {
            title = "Abendsprachkurse mit Kinderbetreuung",
            responsibleOrganisation = "Volkshochschule des Landkreises",
            startYear = Today.Year,
            endYear = Today.Year + 2,
            recommendationIds = new[] { recommendation.Id },
            sectionIds = new[] { section.Id },
            activities = new[] { new { year = Today.Year, text = "Zwei Kurse in der Kreisstadt" } },
        })).ReadAsync<MeasureResponse>(HttpStatusCode.Created);
        return new Path(world, first, second, third, recommendation, section, document.Id, measure);
    }

    private static async Task StepAsync(RecommendationWorld world, Guid id, object body) =>
        await (await world.MoveAsync(id, body)).ReadAsync<RecommendationResponse>();

    private static void AssertLeadsToTheMeasure(Path path, IdeaTraceResponse trace)
    {
        var recommendation = Assert.Single(trace.Recommendations);
        Assert.Equal(path.Recommendation.Id, recommendation.Id);
        Assert.Equal(RecommendationState.InConcept, recommendation.State);
        Assert.Equal(("Kreistag", "2022/032", DecisionResult.Adopted, Today.AddDays(-7)),
            (recommendation.Committee, recommendation.DecisionReference, recommendation.DecisionResult, recommendation.DecidedOn));
        Assert.Equal((path.Section.Id, path.Section.Code, "3.2"), (recommendation.Section!.Id, recommendation.Section.Code, recommendation.Section.Number));
        var measure = Assert.Single(recommendation.Measures);
        Assert.Equal((path.Measure.Id, MeasureStatus.Planned, true, true),
            (measure.Id, measure.Status, measure.LinkedToRecommendation, measure.LinkedToSection));
    }

    [Fact]
    public async Task An_idea_s_trace_leads_through_the_decided_recommendation_and_its_section_to_the_measure()
    {
        var path = await WalkAsync();

        var first = await path.World.TraceAsync(path.First.Id);
        var second = await path.World.TraceAsync(path.Second.Id);
        var unused = await path.World.TraceAsync(path.Third.Id);

        AssertLeadsToTheMeasure(path, first);
        AssertLeadsToTheMeasure(path, second);
        Assert.Equal(path.World.Board.Id, first.Idea.BoardId);
        Assert.Empty(unused.Recommendations);
        var origins = await (await path.World.Facilitator.GetAsync($"/api/measures/{path.Measure.Id}/origins")).ReadAsync<OriginsResponse>();
        Assert.Equal(new[] { path.First.Id, path.Second.Id }.Order(), origins.Ideas.Select(i => i.Idea.Id).Order());
        Assert.Single(origins.Events);
        Assert.Single(origins.Bodies);
    }

    [Fact]
    public async Task The_trace_survives_merging_two_of_the_ideas_moving_one_and_a_new_version_of_the_concept()
    {
        var path = await WalkAsync();

        // The second source is merged into an idea that was never named as a source, then the merged idea is moved.
        await path.World.MergeAsync(path.Third.Id, path.Second.Id);
        await (await path.World.Facilitator.PostJsonAsync(
            $"/api/boards/{path.World.Board.Id}/ideas/{path.Third.Id}/move", new MoveInput(path.World.Board.Column(1)))).ReadAsync<IdeaDto>();
        await (await path.World.Organiser.PostJsonAsync($"/api/documents/{path.DocumentId}/versions", new { version = "2.0" }))
            .ReadAsync<ConceptVersionProbe>(HttpStatusCode.Created);

        var merged = await path.World.TraceAsync(path.Second.Id);
        var target = await path.World.TraceAsync(path.Third.Id);
        var first = await path.World.TraceAsync(path.First.Id);

        AssertLeadsToTheMeasure(path, merged);
        AssertLeadsToTheMeasure(path, target);
        AssertLeadsToTheMeasure(path, first);
        Assert.Equal(path.Third.Id, Assert.Single(merged.MergedInto).Id);
        Assert.Equal(path.Second.Id, Assert.Single(target.MergedFrom).Id);
        Assert.Equal(path.World.Board.Column(1), target.Idea.ColumnId);
    }

    private sealed record ConceptVersionProbe(int Number);
}
