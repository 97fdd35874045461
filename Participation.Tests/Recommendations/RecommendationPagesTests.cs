using System.Globalization;
using System.Net;
using Participation.Api.Recommendations;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

public sealed class RecommendationPagesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A world with a body and two ideas, the first marked as a recommendation candidate.</summary>
    private async Task<(RecommendationWorld World, Guid BodyId, Guid Candidate, Guid Other, HttpClient Pages)> ArrangeAsync()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var bodyId = await factory.CreateBodyAsync(world.ProcessId);
        var candidate = await world.PostIdeaAsync("Sprachkurse mit Kinderbetreuung");
        var other = await world.PostIdeaAsync("Beratung am Abend im Rathaus");
        var marked = await world.Facilitator.PutJsonAsync($"/api/ideas/{candidate.Id}/mark", new { mark = "recommendationCandidate" });
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        return (world, bodyId, candidate.Id, other.Id, await factory.PageClientAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient pages, string page, IEnumerable<(string Key, string Value)> fields, string? action = null)
    {
        var token = await pages.TokenAsync(page);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token));
        return await pages.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<RecommendationResponse>> ListAsync(RecommendationWorld world) =>
        await (await world.Facilitator.GetAsync($"/api/processes/{world.ProcessId}/recommendations")).ReadAsync<List<RecommendationResponse>>();

    private static async Task<Guid> CreateThroughPageAsync(HttpClient pages, RecommendationWorld world, Guid bodyId, params Guid[] ideaIds)
    {
        var page = $"/organise/processes/{world.ProcessId}/recommendations/new";
        var created = await PostAsync(pages, page,
        [
            ("kind", "Recommendation"), ("title", "Sprachkurse am Abend"), ("text", "Der Landkreis bietet Sprachkurse auch am Abend an."),
            ("rationale", "Viele Eltern arbeiten tagsüber."), ("areaId", ""), ("bodyId", bodyId.ToString()),
            .. ideaIds.Select(i => ("ideaIds", i.ToString())),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/organise/recommendations/", location);
        return Guid.Parse(location["/organise/recommendations/".Length..]);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient pages, Guid id, params (string Key, string Value)[] fields) =>
        PostAsync(pages, $"/organise/recommendations/{id}", fields, $"/organise/recommendations/{id}?handler=Move");

    [Fact]
    public async Task A_recommendation_is_made_on_the_page_from_a_candidate_idea_and_one_found_by_the_search()
    {
        var (world, bodyId, candidate, other, pages) = await ArrangeAsync();
        var page = $"/organise/processes/{world.ProcessId}/recommendations/new";

        var empty = await HtmlAsync(await pages.GetAsync(page));
        var searched = await HtmlAsync(await PostAsync(pages, page, [("title", "Sprachkurse am Abend"), ("search", "rathaus")], $"{page}?handler=Search"));
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate, other);
        var detail = await HtmlAsync(await pages.GetAsync($"/organise/recommendations/{id}"));
        var list = await HtmlAsync(await pages.GetAsync($"/organise/processes/{world.ProcessId}/recommendations"));

        Assert.Contains($"name=\"ideaIds\" value=\"{candidate}\"", empty);
        Assert.DoesNotContain($"value=\"{other}\"", empty);
        Assert.Contains("Kandidat für eine Empfehlung", empty);
        Assert.Contains($"name=\"ideaIds\" value=\"{other}\"", searched);
        Assert.Contains("value=\"Sprachkurse am Abend\"", searched);
        Assert.DoesNotContain("error-summary", searched);
        var made = Assert.Single(await ListAsync(world));
        Assert.Equal((id, RecommendationState.Draft, bodyId, RecommendationKind.Recommendation), (made.Id, made.State, made.BodyId, made.Kind));
        Assert.Equal(new[] { candidate, other }.Order(), made.IdeaIds.Order());
        Assert.Contains("Sprachkurse mit Kinderbetreuung", detail);
        Assert.Contains($"href=\"/organise/ideas/{candidate}/trace\"", detail);
        Assert.Contains($"href=\"/organise/ideas/{other}/trace\"", detail);
        Assert.Contains("Fokusgruppe Integration", detail);
        Assert.Equal(1, detail.Split("<h1").Length - 1);
        Assert.Contains($"href=\"/organise/recommendations/{id}\"", list);
        Assert.Contains("<td>Entwurf</td>", list);
    }

    [Fact]
    public async Task A_recommendation_without_a_title_and_without_ideas_shows_both_errors_by_their_fields_and_saves_nothing()
    {
        var (world, bodyId, _, _, pages) = await ArrangeAsync();
        var page = $"/organise/processes/{world.ProcessId}/recommendations/new";

        var html = await HtmlAsync(await PostAsync(pages, page, [("kind", "Guideline"), ("title", ""), ("text", "Ein Text"), ("bodyId", bodyId.ToString())]));

        Assert.Contains("id=\"title-error\"", html);
        Assert.Contains("<p class=\"error\" id=\"ideaIds-error\">Wählen Sie mindestens eine Idee oder einen Beitrag, aus dem die Empfehlung entsteht.</p>", html);
        Assert.Contains("Ein Text</textarea>", html);
        Assert.Empty(await ListAsync(world));
    }

    [Fact]
    public async Task The_organiser_moves_it_to_agreed_submitted_and_decided_on_the_page_and_the_history_shows_each_step()
    {
        var (world, bodyId, candidate, other, pages) = await ArrangeAsync();
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate, other);

        var agreed = await MoveAsync(pages, id, ("state", "Agreed"), ("on", Day(Today.AddDays(-40))));
        var submitted = await MoveAsync(pages, id, ("state", "Submitted"), ("on", Day(Today.AddDays(-30))), ("committee", "Ausschuss für Soziales"));
        var decided = await MoveAsync(pages, id,
            ("state", "Decided"), ("on", Day(Today.AddDays(-2))), ("committee", "Kreistag"), ("decisionReference", "2022/032"), ("result", "Adopted"));
        var detail = await HtmlAsync(await pages.GetAsync($"/organise/recommendations/{id}"));
        var list = await HtmlAsync(await pages.GetAsync($"/organise/processes/{world.ProcessId}/recommendations?state=decided"));
        var drafts = await HtmlAsync(await pages.GetAsync($"/organise/processes/{world.ProcessId}/recommendations?state=draft"));

        Assert.All([agreed, submitted, decided], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var now = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>();
        Assert.Equal((RecommendationState.Decided, Today.AddDays(-40), Today.AddDays(-30), Today.AddDays(-2), "Kreistag", "2022/032", DecisionResult.Adopted),
            (now.State, now.AgreedOn, now.SubmittedOn, now.DecidedOn, now.Committee, now.DecisionReference, now.DecisionResult));
        Assert.Contains("Entwurf → vom Gremium verabschiedet", detail);
        Assert.Contains("vom Gremium verabschiedet → eingereicht", detail);
        Assert.Contains("eingereicht → entschieden", detail);
        Assert.Contains("Kreistag · angenommen · 2022/032", detail);
        Assert.Contains("<option value=\"InConcept\">weiter zu „im Konzept“</option>", detail);
        Assert.Contains("<bdi>2022/032</bdi>", list);
        Assert.Contains($"angenommen, {Today.AddDays(-2):dd.MM.yyyy}, Kreistag", list);
        Assert.Contains("Keine Empfehlung passt zu diesem Filter.", drafts);

        var document = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var section = await world.Organiser.AddSectionAsync(document.Id, "2.1", "Sprache und Bildung");
        var offered = await HtmlAsync(await pages.GetAsync($"/organise/recommendations/{id}"));
        var inConcept = await MoveAsync(pages, id, ("state", "InConcept"), ("sectionId", section.Id.ToString()));
        var trace = await HtmlAsync(await pages.GetAsync($"/organise/ideas/{candidate}/trace"));

        Assert.Contains($"<option value=\"{section.Id}\">2.1 Sprache und Bildung", offered);
        Assert.Equal(HttpStatusCode.Redirect, inConcept.StatusCode);
        var taken = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>();
        Assert.Equal((RecommendationState.InConcept, section.Id), (taken.State, taken.SectionId));
        Assert.Contains("Empfehlung · im Konzept", trace);
        Assert.Contains("2.1 Sprache und Bildung (Integrationskonzept Landkreis Testland 1.0)", trace);
    }

    [Fact]
    public async Task A_decision_without_a_committee_shows_the_error_next_to_the_committee_field_and_the_state_stays()
    {
        var (world, bodyId, candidate, _, pages) = await ArrangeAsync();
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(pages, id, ("state", "Submitted"), ("on", Day(Today.AddDays(-5))), ("committee", "Kreistag"))).StatusCode);

        var html = await HtmlAsync(await MoveAsync(pages, id, ("state", "Decided"), ("on", Day(Today)), ("committee", ""), ("result", "Adopted")));

        Assert.Contains(
            "<p class=\"error\" id=\"committee-error\">Geben Sie das Gremium an, zum Beispiel „Kreistag“ oder „Ausschuss für Soziales“.</p><input aria-describedby=\"committee-hint committee-error\" aria-invalid=\"true\" id=\"committee\"",
            html);
        Assert.Contains("href=\"#committee\"", html);
        Assert.Contains("<option value=\"Decided\" selected=\"selected\">", html);
        var now = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>();
        Assert.Equal((RecommendationState.Submitted, (DateOnly?)null), (now.State, now.DecidedOn));
        var history = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}/history")).ReadAsync<List<StateChangeResponse>>();
        Assert.Equal(2, history.Count);
    }

    [Fact]
    public async Task On_the_detail_page_an_idea_found_by_the_search_is_added_a_source_removed_and_the_last_one_kept()
    {
        var (world, bodyId, candidate, other, pages) = await ArrangeAsync();
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate);
        var page = $"/organise/recommendations/{id}";

        var searched = await HtmlAsync(await pages.GetAsync($"{page}?search=Rathaus"));
        var added = await PostAsync(pages, page, [("ideaIds", other.ToString())], $"{page}?handler=AddSources");
        var afterAdd = (await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>()).IdeaIds;
        var removed = await PostAsync(pages, page, [("ideaId", candidate.ToString())], $"{page}?handler=RemoveSource");
        var last = await HtmlAsync(await PostAsync(pages, page, [("ideaId", other.ToString())], $"{page}?handler=RemoveSource"));

        Assert.Contains($"name=\"ideaIds\" value=\"{other}\"", searched);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(new[] { candidate, other }.Order(), afterAdd.Order());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("<a href=\"#sources\">Eine Empfehlung braucht mindestens eine Idee oder einen Beitrag.", last);
        Assert.Equal([other], (await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>()).IdeaIds);
    }

    [Fact]
    public async Task The_text_fields_are_changed_on_the_detail_page_and_an_empty_title_is_refused_next_to_its_field()
    {
        var (world, bodyId, candidate, _, pages) = await ArrangeAsync();
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate);
        var page = $"/organise/recommendations/{id}";
        var area = await world.Process.Admin.CreateAreaAsync(world.ProcessId, "Sprache und Bildung");

        var refused = await HtmlAsync(await PostAsync(pages, page, [("kind", "Guideline"), ("title", " "), ("text", "Neuer Text")], $"{page}?handler=Edit"));
        var unchanged = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>();
        var saved = await PostAsync(pages, page,
            [("kind", "Guideline"), ("title", "Abendkurse"), ("text", "Neuer Text"), ("areaId", area.Id.ToString()), ("bodyId", bodyId.ToString())], $"{page}?handler=Edit");
        var changed = await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>();

        Assert.Contains("id=\"title-error\"", refused);
        Assert.Contains("Neuer Text</textarea>", refused);
        Assert.Equal(("Sprachkurse am Abend", RecommendationKind.Recommendation), (unchanged.Title, unchanged.Kind));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Abendkurse", "Neuer Text", RecommendationKind.Guideline, (Guid?)area.Id), (changed.Title, changed.Text, changed.Kind, changed.AreaId));
        Assert.Contains("<p class=\"kind\">Leitlinie · Entwurf</p>", await HtmlAsync(await pages.GetAsync(page)));
    }

    [Fact]
    public async Task The_trace_page_of_an_idea_merged_into_a_source_lists_the_recommendation_with_its_state()
    {
        var (world, bodyId, candidate, _, pages) = await ArrangeAsync();
        var duplicate = await world.PostIdeaAsync("Kinderbetreuung während der Sprachkurse");
        await world.MergeAsync(candidate, duplicate.Id);
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate);

        var own = await HtmlAsync(await pages.GetAsync($"/organise/ideas/{candidate}/trace"));
        var merged = await HtmlAsync(await pages.GetAsync($"/organise/ideas/{duplicate.Id}/trace"));
        var untouched = await HtmlAsync(await pages.GetAsync($"/organise/ideas/{(await world.PostIdeaAsync("Mehr Bänke im Park")).Id}/trace"));

        Assert.Contains($"<a href=\"/organise/recommendations/{id}\" dir=\"auto\">Sprachkurse am Abend</a>", own);
        Assert.Contains("Empfehlung · Entwurf", own);
        Assert.Contains($"<a href=\"/organise/recommendations/{id}\" dir=\"auto\">Sprachkurse am Abend</a>", merged);
        Assert.Contains("Zusammengeführt in", merged);
        Assert.Contains($"<a href=\"/organise/ideas/{candidate}/trace\" dir=\"auto\">Sprachkurse mit Kinderbetreuung</a>", merged);
        Assert.Contains("Aus dieser Idee ist noch keine Empfehlung oder Leitlinie entstanden.", untouched);
        Assert.Equal(1, own.Split("<h1").Length - 1);
    }

    [Fact]
    public async Task A_stranger_is_refused_every_page_and_a_facilitator_sees_the_recommendation_but_cannot_move_it()
    {
        var (world, bodyId, candidate, _, pages) = await ArrangeAsync();
        var id = await CreateThroughPageAsync(pages, world, bodyId, candidate);
        var stranger = await factory.CreateAccountAsync(world.Process.Admin);
        var strangerPages = await factory.PageClientAsync(stranger.Email, stranger.Password);
        var facilitator = await factory.CreateMemberAsync(world.Process.Admin, world.ProcessId, "facilitator");
        var facilitatorPages = await factory.PageClientAsync(facilitator.Email, facilitator.Password);

        foreach (var url in new[]
                 {
                     $"/organise/processes/{world.ProcessId}/recommendations", $"/organise/processes/{world.ProcessId}/recommendations/new",
                     $"/organise/recommendations/{id}", $"/organise/ideas/{candidate}/trace",
                 })
        {
            var refused = await strangerPages.GetAsync(url);
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} answered {refused.StatusCode}");
        }
        var seen = await HtmlAsync(await facilitatorPages.GetAsync($"/organise/recommendations/{id}"));
        var move = await MoveAsync(facilitatorPages, id, ("state", "Agreed"), ("on", Day(Today)));

        Assert.DoesNotContain("handler=Move", seen);
        Assert.Contains("Sprachkurse am Abend", seen);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(RecommendationState.Draft, (await (await world.Facilitator.GetAsync($"/api/recommendations/{id}")).ReadAsync<RecommendationResponse>()).State);
    }

    [Fact]
    public async Task A_measures_page_shows_the_recommendation_and_ideas_it_came_from_and_the_session_outcome_links_the_ideas_way()
    {
        var (world, _, candidate, _, pages) = await ArrangeAsync();
        var recommendation = await world.CreateAsync([candidate]);
        var measure = await (await world.Organiser.PostJsonAsync($"/api/processes/{world.ProcessId}/measures", new
        {
            title = "Abendkurse", responsibleOrganisation = "Volkshochschule", startYear = Today.Year, recommendationIds = new[] { recommendation.Id },
        })).ReadAsync<Participation.Api.Measures.MeasureResponse>(HttpStatusCode.Created);

        var page = await HtmlAsync(await pages.GetAsync($"/organise/measures/{measure.Id}"));
        var outcome = await HtmlAsync(await pages.GetAsync($"/organise/sessions/{world.Board.SessionId}/outcome"));

        Assert.Contains("<h2 id=\"origins-heading\">Herkunft</h2>", page);
        Assert.Contains($"<a href=\"/organise/recommendations/{recommendation.Id}\" dir=\"auto\">Sprachkurse am Abend</a>", page);
        Assert.Contains("<span dir=\"auto\">Sprachkurse mit Kinderbetreuung</span>", page);
        Assert.Contains($"href=\"/organise/ideas/{candidate}/trace\"", page);
        Assert.Contains($"href=\"/organise/ideas/{candidate}/trace\"", outcome);
    }
}
