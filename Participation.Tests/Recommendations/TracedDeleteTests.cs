using System.Net;
using Participation.Api.Concept;
using Participation.Api.Events;
using Participation.Api.Recommendations;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

/// <summary>A delete that would erase where a recommendation came from is refused, on the API and on the delete page.</summary>
public sealed class TracedDeleteTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private const string HoldsTrace = "Daraus sind Empfehlungen entstanden";

    [Fact]
    public async Task The_session_and_event_of_a_recommendations_idea_stay_and_the_delete_page_says_why()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var idea = await world.PostIdeaAsync("Sprachkurse am Abend");
        var recommendation = await world.CreateAsync([idea.Id]);
        var sessionId = world.Board.SessionId;
        var eventId = (await (await world.Facilitator.GetAsync($"/api/sessions/{sessionId}")).ReadAsync<SessionResponse>()).EventId;

        var session = await (await world.Facilitator.DeleteAsync($"/api/sessions/{sessionId}")).ProblemAsync(HttpStatusCode.Conflict);
        var @event = await (await world.Organiser.DeleteAsync($"/api/events/{eventId}")).ProblemAsync(HttpStatusCode.Conflict);
        var pages = await factory.PageClientAsync();
        var page = $"/organise/delete/session/{sessionId}";
        var refused = await pages.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await pages.TokenAsync(page) }));

        Assert.StartsWith(HoldsTrace, session.Title);
        Assert.StartsWith(HoldsTrace, @event.Title);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(HoldsTrace, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await world.Facilitator.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.Equal(recommendation.Id, Assert.Single((await world.TraceAsync(idea.Id)).Recommendations).Id);
    }

    [Fact]
    public async Task A_session_whose_ideas_went_nowhere_is_deleted_as_before()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        await world.PostIdeaAsync("Noch nicht aufgegriffen");

        Assert.Equal(HttpStatusCode.NoContent, (await world.Facilitator.DeleteAsync($"/api/sessions/{world.Board.SessionId}")).StatusCode);
    }

    [Fact]
    public async Task A_document_whose_section_holds_a_recommendation_stays()
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var bodyId = await factory.CreateBodyAsync(world.ProcessId);
        var recommendation = await world.CreateAsync([(await world.PostIdeaAsync("Wohnberatung")).Id], bodyId: bodyId);
        var document = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var section = await world.Organiser.AddSectionAsync(document.Id, "3.1", "Wohnen");
        var empty = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        foreach (var step in new object[]
        {
            new { state = "agreed", on = today },
            new { state = "submitted", on = today, committee = "Sozialausschuss" },
            new { state = "decided", on = today, committee = "Kreistag", decisionReference = "2026/032", result = "adopted" },
            new { state = "inConcept", sectionId = section.Id },
        })
        {
            await (await world.MoveAsync(recommendation.Id, step)).ReadAsync<RecommendationResponse>();
        }

        var refused = await (await world.Organiser.DeleteAsync($"/api/documents/{document.Id}")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.StartsWith(HoldsTrace, refused.Title);
        Assert.Equal(HttpStatusCode.OK, (await world.Organiser.GetAsync($"/api/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Organiser.DeleteAsync($"/api/documents/{empty.Id}")).StatusCode);
    }
}
