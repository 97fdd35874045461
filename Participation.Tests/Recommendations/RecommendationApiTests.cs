using System.Net;
using Participation.Api.Boards;
using Participation.Api.Recommendations;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

public sealed class RecommendationApiTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_facilitator_makes_a_recommendation_from_a_posted_idea_a_paper_card_and_a_concept_contribution()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var posted = await world.PostIdeaAsync("Sprachkurse am Abend");
        var cards = await (await world.Facilitator.PostJsonAsync($"/api/boards/{world.Board.Id}/cards", new CardsInput(world.Board.Column(0), "Kinderbetreuung im Kurs")))
            .ReadAsync<List<IdeaDto>>();
        var document = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var section = await world.Organiser.CreateSectionAsync(document.Id);
        (await factory.CreateClient().PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution())).EnsureSuccessStatusCode();
        var contribution = (await world.Organiser.ContributionsAsync(document.Id)).Single();
        var area = await world.Process.Admin.CreateAreaAsync(world.ProcessId, "Sprache und Bildung");

        var created = await (await world.Facilitator.PostJsonAsync($"/api/processes/{world.ProcessId}/recommendations",
                RecommendationArrange.Recommendation([posted.Id, cards[0].Id], [contribution.Id]).With("areaId", area.Id)))
            .ReadAsync<RecommendationResponse>(HttpStatusCode.Created);
        var read = await (await world.Facilitator.GetAsync($"/api/recommendations/{created.Id}")).ReadAsync<RecommendationResponse>();
        var history = await (await world.Facilitator.GetAsync($"/api/recommendations/{created.Id}/history")).ReadAsync<List<StateChangeResponse>>();

        Assert.Equal(IdeaSource.Paper, cards[0].Source);
        Assert.Equal((RecommendationKind.Recommendation, RecommendationState.Draft, area.Id), (read.Kind, read.State, read.AreaId));
        Assert.Equal(("Sprachkurse am Abend", "Viele Eltern arbeiten tagsüber."), (read.Title, read.Rationale));
        Assert.Equal(new[] { posted.Id, cards[0].Id }.Order(), read.IdeaIds.Order());
        Assert.Equal([contribution.Id], read.ContributionIds);
        Assert.Equal([RecommendationState.Submitted], read.NextStates);
        var first = Assert.Single(history);
        Assert.Equal(RecommendationState.Draft, first.State);
        Assert.NotNull(first.AccountId);
        Assert.False(string.IsNullOrEmpty(first.AccountName));
    }

    [Fact]
    public async Task Ideas_and_contributions_of_another_process_or_no_source_at_all_are_refused_by_field_and_nothing_is_made()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var mine = await world.PostIdeaAsync("Sprachcafé");
        var other = await factory.CreateRecommendationWorldAsync();
        var theirs = await other.PostIdeaAsync("Fremde Idee");
        var url = $"/api/processes/{world.ProcessId}/recommendations";

        var foreignIdea = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id, theirs.Id]))).ProblemAsync(HttpStatusCode.BadRequest);
        var foreignContribution = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id], [theirs.Id])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var none = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([]))).ProblemAsync(HttpStatusCode.BadRequest);
        var foreignArea = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id])
            .With("areaId", (await other.Process.Admin.CreateAreaAsync(other.ProcessId, "Wohnen")).Id))).ProblemAsync(HttpStatusCode.BadRequest);
        var foreignBody = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id])
            .With("bodyId", await factory.CreateBodyAsync(other.ProcessId)))).ProblemAsync(HttpStatusCode.BadRequest);
        var badKind = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id]).With("kind", "wish")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var noTitle = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([mine.Id]).With("title", " ")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Mindestens eine Idee gibt es nicht oder sie gehört nicht zu diesem Prozess.", Assert.Single(foreignIdea.MessagesFor("ideaIds")));
        Assert.Single(foreignContribution.MessagesFor("contributionIds"));
        Assert.Equal("Wählen Sie mindestens eine Idee oder einen Beitrag, aus dem die Empfehlung entsteht.", Assert.Single(none.MessagesFor("ideaIds")));
        Assert.Single(foreignArea.MessagesFor("areaId"));
        Assert.Equal("Dieses Gremium gehört nicht zu diesem Prozess.", Assert.Single(foreignBody.MessagesFor("bodyId")));
        Assert.Single(badKind.MessagesFor("kind"));
        Assert.Single(noTitle.MessagesFor("title"));
        Assert.Empty(await (await world.Facilitator.GetAsync(url)).ReadAsync<List<RecommendationResponse>>());
    }

    [Fact]
    public async Task Sources_are_added_and_taken_away_but_the_last_one_stays()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var one = await world.PostIdeaAsync("Sprachpaten");
        var two = await world.PostIdeaAsync("Lesepaten");
        var recommendation = await world.CreateAsync([one.Id]);
        var url = $"/api/recommendations/{recommendation.Id}";

        var added = await (await world.Facilitator.PostJsonAsync($"{url}/sources", new SourcesInput([two.Id, one.Id]))).ReadAsync<RecommendationResponse>();
        var removed = await (await world.Facilitator.DeleteAsync($"{url}/sources/ideas/{one.Id}")).ReadAsync<RecommendationResponse>();
        var last = await (await world.Facilitator.DeleteAsync($"{url}/sources/ideas/{two.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var unknown = await world.Facilitator.DeleteAsync($"{url}/sources/ideas/{Guid.NewGuid()}");
        var empty = await (await world.Facilitator.PostJsonAsync($"{url}/sources", new SourcesInput())).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(new[] { one.Id, two.Id }.Order(), added.IdeaIds.Order());
        Assert.Equal([two.Id], removed.IdeaIds);
        Assert.Equal("Eine Empfehlung braucht mindestens eine Idee oder einen Beitrag. Fügen Sie erst eine andere Quelle hinzu.", last.Title);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Single(empty.MessagesFor("ideaIds"));
        var now = await (await world.Facilitator.GetAsync(url)).ReadAsync<RecommendationResponse>();
        Assert.Equal([two.Id], now.IdeaIds);
    }

    [Fact]
    public async Task A_recommendation_is_changed_and_a_bad_change_names_its_field_and_changes_nothing()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var recommendation = await world.CreateAsync([(await world.PostIdeaAsync("Sprachkurse")).Id]);
        var bodyId = await factory.CreateBodyAsync(world.ProcessId);
        var url = $"/api/recommendations/{recommendation.Id}";

        var changed = await (await world.Facilitator.PutJsonAsync(url, new RecommendationUpdate(
            RecommendationKind.Guideline, "Sprache für alle", "Jede Gemeinde bietet Sprachkurse an.", BodyId: bodyId))).ReadAsync<RecommendationResponse>();
        var foreign = await (await world.Facilitator.PutJsonAsync(url, new RecommendationUpdate(
            RecommendationKind.Guideline, "Anders", "Anders", AreaId: Guid.NewGuid()))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal((RecommendationKind.Guideline, "Sprache für alle", (string?)null, bodyId), (changed.Kind, changed.Title, changed.Rationale, changed.BodyId));
        Assert.Equal([RecommendationState.Agreed, RecommendationState.Submitted], changed.NextStates);
        Assert.Single(foreign.MessagesFor("areaId"));
        Assert.Equal("Sprache für alle", (await (await world.Facilitator.GetAsync(url)).ReadAsync<RecommendationResponse>()).Title);
    }

    [Fact]
    public async Task The_list_filters_by_state_kind_body_and_year_and_refuses_an_unknown_state()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var idea = await world.PostIdeaAsync("Sprachkurse");
        var bodyId = await factory.CreateBodyAsync(world.ProcessId);
        var guideline = await world.CreateAsync([idea.Id], kind: "guideline", title: "Leitlinie");
        var recommendation = await world.CreateAsync([idea.Id], bodyId: bodyId, title: "Empfehlung");
        var lastYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);
        (await world.MoveAsync(recommendation.Id, new { state = "agreed", on = lastYear })).EnsureSuccessStatusCode();
        var url = $"/api/processes/{world.ProcessId}/recommendations";

        async Task<IEnumerable<string>> Titles(string query) =>
            (await (await world.Facilitator.GetAsync(url + query)).ReadAsync<List<RecommendationResponse>>()).Select(r => r.Title);

        Assert.Equal(["Leitlinie", "Empfehlung"], await Titles(""));
        Assert.Equal(["Leitlinie"], await Titles("?kind=guideline"));
        Assert.Equal(["Empfehlung"], await Titles("?state=agreed"));
        Assert.Equal(["Empfehlung"], await Titles($"?bodyId={bodyId}"));
        Assert.Equal(["Empfehlung"], await Titles($"?year={lastYear.Year}"));
        Assert.Empty(await Titles($"?year={lastYear.Year - 1}"));
        Assert.Single((await (await world.Facilitator.GetAsync(url + "?state=done")).ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("state"));
        Assert.Equal(guideline.Id, (await (await world.Facilitator.GetAsync(url + "?state=draft")).ReadAsync<List<RecommendationResponse>>()).Single().Id);
    }

    [Fact]
    public async Task An_idea_its_author_withdrew_does_not_go_into_a_recommendation()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var kept = await world.PostIdeaAsync("Sprachcafé in der Bibliothek");
        var withdrawn = await world.PostIdeaAsync("Doch nicht");
        Assert.True((await world.Participant.Client.DeleteAsync($"/api/boards/{world.Board.Id}/ideas/{withdrawn.Id}")).IsSuccessStatusCode);
        var url = $"/api/processes/{world.ProcessId}/recommendations";

        var refused = await (await world.Facilitator.PostJsonAsync(url, RecommendationArrange.Recommendation([kept.Id, withdrawn.Id]))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Mindestens eine Idee hat ihre Verfasserin oder ihr Verfasser zurückgezogen; sie kann nicht in eine Empfehlung eingehen.",
            Assert.Single(refused.MessagesFor("ideaIds")));
        Assert.Empty(await (await world.Facilitator.GetAsync(url)).ReadAsync<List<RecommendationResponse>>());
    }
}
