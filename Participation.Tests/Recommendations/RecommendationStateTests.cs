using System.Net;
using Participation.Api.Recommendations;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

public sealed class RecommendationStateTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<(RecommendationWorld World, RecommendationResponse Recommendation)> DraftAsync(bool withBody = true)
    {
        var world = await factory.CreateRecommendationWorldAsync();
        var bodyId = withBody ? await factory.CreateBodyAsync(world.ProcessId) : (Guid?)null;
        var recommendation = await world.CreateAsync([(await world.PostIdeaAsync("Sprachkurse am Abend")).Id], bodyId: bodyId);
        return (world, recommendation);
    }

    private static async Task<RecommendationResponse> OkAsync(HttpResponseMessage response) => await response.ReadAsync<RecommendationResponse>();

    [Fact]
    public async Task A_recommendation_of_a_body_is_agreed_submitted_decided_and_taken_into_a_section_each_step_in_its_history()
    {
        var (world, draft) = await DraftAsync();
        var document = await world.Organiser.CreateDocumentAsync(world.ProcessId);
        var section = await world.Organiser.CreateSectionAsync(document.Id);

        var agreed = await OkAsync(await world.MoveAsync(draft.Id, new { state = "agreed", on = Today.AddDays(-40) }));
        var submitted = await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", on = Today.AddDays(-30), committee = "Ausschuss für Soziales" }));
        var decided = await OkAsync(await world.MoveAsync(draft.Id, new
        {
            state = "decided", on = Today.AddDays(-2), committee = "Kreistag", decisionReference = "2022/032", result = "adoptedWithChanges",
        }));
        var inConcept = await OkAsync(await world.MoveAsync(draft.Id, new { state = "inConcept", sectionId = section.Id }));
        var history = await (await world.Facilitator.GetAsync($"/api/recommendations/{draft.Id}/history")).ReadAsync<List<StateChangeResponse>>();

        Assert.Equal((RecommendationState.Agreed, Today.AddDays(-40)), (agreed.State, agreed.AgreedOn));
        Assert.Equal((RecommendationState.Submitted, Today.AddDays(-30), "Ausschuss für Soziales"), (submitted.State, submitted.SubmittedOn, submitted.Committee));
        Assert.Equal((Today.AddDays(-2), "Kreistag", "2022/032", DecisionResult.AdoptedWithChanges),
            (decided.DecidedOn, decided.Committee, decided.DecisionReference, decided.DecisionResult));
        Assert.Equal([RecommendationState.InConcept, RecommendationState.Draft, RecommendationState.Agreed, RecommendationState.Submitted], decided.NextStates);
        Assert.Equal((RecommendationState.InConcept, section.Id), (inConcept.State, inConcept.SectionId));
        Assert.Equal(
            [RecommendationState.Draft, RecommendationState.Agreed, RecommendationState.Submitted, RecommendationState.Decided, RecommendationState.InConcept],
            history.Select(h => h.State));
        Assert.Equal(("2022/032", DecisionResult.AdoptedWithChanges), (history[3].DecisionReference, history[3].DecisionResult));
        Assert.Equal(section.Id, history[4].SectionId);
        Assert.All(history.Skip(1), h => Assert.Equal(history[1].AccountId, h.AccountId));
        Assert.NotNull(history[1].AccountId);
    }

    [Fact]
    public async Task A_guideline_without_a_body_cannot_be_agreed_but_is_submitted_straight_away()
    {
        var (world, draft) = await DraftAsync(withBody: false);

        var agreed = await (await world.MoveAsync(draft.Id, new { state = "agreed", on = Today })).ProblemAsync(HttpStatusCode.BadRequest);
        var decided = await (await world.MoveAsync(draft.Id, new { state = "decided", on = Today, committee = "Kreistag", result = "adopted" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var submitted = await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", on = Today, committee = "Kreistag" }));

        Assert.StartsWith("Beschlossen werden kann eine Empfehlung nur von einem Gremium.", Assert.Single(agreed.MessagesFor("state")));
        Assert.Equal("Von „Entwurf“ geht es nicht zu „entschieden“.", Assert.Single(decided.MessagesFor("state")));
        Assert.Equal((RecommendationState.Submitted, (DateOnly?)null), (submitted.State, submitted.AgreedOn));
        Assert.Equal([RecommendationState.Decided, RecommendationState.Draft], submitted.NextStates);
    }

    [Fact]
    public async Task A_decision_without_date_committee_or_result_or_with_a_bad_reference_is_refused_by_field_and_changes_nothing()
    {
        var (world, draft) = await DraftAsync(withBody: false);
        await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", on = Today.AddDays(-10), committee = "Kreistag" }));

        var empty = await (await world.MoveAsync(draft.Id, new { state = "decided" })).ProblemAsync(HttpStatusCode.BadRequest);
        var slashes = await (await world.MoveAsync(draft.Id, new { state = "decided", on = Today, committee = "Kreistag", result = "adopted", decisionReference = "2022//032" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await world.MoveAsync(draft.Id, new
        {
            state = "decided", on = Today, committee = "Kreistag", result = "adopted", decisionReference = "2022/" + new string('1', 40),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var future = await (await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(5), committee = "Kreistag", result = "adopted" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var beforeSubmission = await (await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(-11), committee = "Kreistag", result = "adopted" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var badResult = await (await world.MoveAsync(draft.Id, new { state = "decided", on = Today, committee = "Kreistag", result = "approved" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var byFacilitator = await world.Facilitator.PutJsonAsync($"/api/recommendations/{draft.Id}/state", new { state = "decided", on = Today, committee = "Kreistag", result = "adopted" });

        Assert.Equal("Geben Sie das Datum dieses Schritts an.", Assert.Single(empty.MessagesFor("on")));
        Assert.Single(empty.MessagesFor("committee"));
        Assert.Equal("Wählen Sie das Ergebnis des Beschlusses.", Assert.Single(empty.MessagesFor("result")));
        Assert.StartsWith("Schreiben Sie das Aktenzeichen aus Buchstaben und Ziffern", Assert.Single(slashes.MessagesFor("decisionReference")));
        Assert.NotEmpty(tooLong.MessagesFor("decisionReference"));
        Assert.Equal("Das Datum liegt in der Zukunft. Tragen Sie einen Schritt erst ein, wenn er geschehen ist.", Assert.Single(future.MessagesFor("on")));
        Assert.StartsWith("Das Datum liegt vor dem vorigen Schritt", Assert.Single(beforeSubmission.MessagesFor("on")));
        Assert.Single(badResult.MessagesFor("result"));
        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        var now = await (await world.Facilitator.GetAsync($"/api/recommendations/{draft.Id}")).ReadAsync<RecommendationResponse>();
        Assert.Equal((RecommendationState.Submitted, (DateOnly?)null, (DecisionResult?)null), (now.State, now.DecidedOn, now.DecisionResult));
        Assert.Equal(2, (await (await world.Facilitator.GetAsync($"/api/recommendations/{draft.Id}/history")).ReadAsync<List<StateChangeResponse>>()).Count);
    }

    [Fact]
    public async Task Only_an_adopted_decision_goes_into_the_concept_a_deferred_one_is_decided_again_and_the_section_must_be_the_processes()
    {
        var (world, draft) = await DraftAsync(withBody: false);
        var section = await world.Organiser.CreateSectionAsync((await world.Organiser.CreateDocumentAsync(world.ProcessId)).Id);
        var other = await factory.CreateConceptProcessAsync();
        var foreignSection = await other.Organiser.CreateSectionAsync((await other.Organiser.CreateDocumentAsync(other.Id)).Id);
        await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", on = Today.AddDays(-60), committee = "Kreistag" }));
        await OkAsync(await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(-30), committee = "Kreistag", result = "deferred" }));

        var deferredIntoConcept = await (await world.MoveAsync(draft.Id, new { state = "inConcept", sectionId = section.Id })).ProblemAsync(HttpStatusCode.BadRequest);
        var adopted = await OkAsync(await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(-1), committee = "Kreistag", result = "adopted", decisionReference = "BV/0815/2023" }));
        var foreign = await (await world.MoveAsync(draft.Id, new { state = "inConcept", sectionId = foreignSection.Id })).ProblemAsync(HttpStatusCode.BadRequest);
        var noSection = await (await world.MoveAsync(draft.Id, new { state = "inConcept" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Nur eine angenommene Empfehlung kann Teil des Konzepts werden.", Assert.Single(deferredIntoConcept.MessagesFor("state")));
        Assert.Equal((DecisionResult.Adopted, "BV/0815/2023", Today.AddDays(-1)), (adopted.DecisionResult, adopted.DecisionReference, adopted.DecidedOn));
        Assert.Single(foreign.MessagesFor("sectionId"));
        Assert.Single(noSection.MessagesFor("sectionId"));
        Assert.Null((await (await world.Facilitator.GetAsync($"/api/recommendations/{draft.Id}")).ReadAsync<RecommendationResponse>()).SectionId);
    }

    [Fact]
    public async Task A_step_back_corrects_a_mistake_with_a_comment_and_forgets_the_later_details_while_the_history_keeps_them()
    {
        var (world, draft) = await DraftAsync(withBody: false);
        await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", on = Today.AddDays(-20), committee = "Kreistag" }));
        await OkAsync(await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(-3), committee = "Kreistag", result = "rejected", decisionReference = "2026/001" }));

        var noComment = await (await world.MoveAsync(draft.Id, new { state = "submitted" })).ProblemAsync(HttpStatusCode.BadRequest);
        var skipped = await (await world.MoveAsync(draft.Id, new { state = "agreed", comment = "Nie beschlossen" })).ProblemAsync(HttpStatusCode.BadRequest);
        var back = await OkAsync(await world.MoveAsync(draft.Id, new { state = "submitted", comment = "Falsches Ergebnis eingetragen: es wurde angenommen." }));
        var again = await OkAsync(await world.MoveAsync(draft.Id, new { state = "decided", on = Today.AddDays(-3), committee = "Kreistag", result = "adopted", decisionReference = "2026/001" }));
        var history = await (await world.Facilitator.GetAsync($"/api/recommendations/{draft.Id}/history")).ReadAsync<List<StateChangeResponse>>();

        Assert.Equal("Schreiben Sie kurz, warum Sie den Schritt zurücknehmen.", Assert.Single(noComment.MessagesFor("comment")));
        Assert.Single(skipped.MessagesFor("state"));
        Assert.Equal((RecommendationState.Submitted, (DateOnly?)null, (string?)null, (DecisionResult?)null, "Kreistag"),
            (back.State, back.DecidedOn, back.DecisionReference, back.DecisionResult, back.Committee));
        Assert.Equal(DecisionResult.Adopted, again.DecisionResult);
        Assert.Equal([RecommendationState.Draft, RecommendationState.Submitted, RecommendationState.Decided, RecommendationState.Submitted, RecommendationState.Decided],
            history.Select(h => h.State));
        Assert.Equal((DecisionResult.Rejected, "Falsches Ergebnis eingetragen: es wurde angenommen."), (history[2].DecisionResult, history[3].Comment));
    }
}
