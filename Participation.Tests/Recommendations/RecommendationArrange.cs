using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;
using Participation.Api.Recommendations;
using Participation.Tests.Boards;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Recommendations;

/// <summary>A process with an organiser and a facilitator, a board in a session of an event, and a participant on it.</summary>
public sealed record RecommendationWorld(ConceptProcess Process, TestBoard Board, TestParticipant Participant)
{
    public Guid ProcessId => Process.Id;
    public HttpClient Organiser => Process.Organiser;
    public HttpClient Facilitator => Process.Facilitator;

    /// <summary>An idea a participant posts on the board over REST.</summary>
    public async Task<IdeaDto> PostIdeaAsync(string text, int column = 0) =>
        await (await Participant.Client.PostJsonAsync($"/api/boards/{Board.Id}/ideas", BoardArrange.Idea(Board.Column(column), text))).ReadAsync<IdeaDto>();

    public async Task<IdeaDto> MergeAsync(Guid targetId, params Guid[] sourceIds) =>
        await (await Facilitator.PostJsonAsync($"/api/boards/{Board.Id}/merge", new MergeInput(targetId, sourceIds))).ReadAsync<IdeaDto>();

    public async Task<RecommendationResponse> CreateAsync(
        Guid[] ideaIds, Guid[]? contributionIds = null, string kind = "recommendation", Guid? bodyId = null, string title = "Sprachkurse am Abend") =>
        await (await Facilitator.PostJsonAsync($"/api/processes/{ProcessId}/recommendations",
                RecommendationArrange.Recommendation(ideaIds, contributionIds, kind, bodyId, title)))
            .ReadAsync<RecommendationResponse>(HttpStatusCode.Created);

    public async Task<HttpResponseMessage> MoveAsync(Guid id, object body) => await Organiser.PutJsonAsync($"/api/recommendations/{id}/state", body);

    public async Task<IdeaTraceResponse> TraceAsync(Guid ideaId) =>
        await (await Facilitator.GetAsync($"/api/ideas/{ideaId}/trace")).ReadAsync<IdeaTraceResponse>();
}

public static class RecommendationArrange
{
    public static Dictionary<string, object?> Recommendation(
        Guid[] ideaIds, Guid[]? contributionIds = null, string kind = "recommendation", Guid? bodyId = null, string title = "Sprachkurse am Abend") => new()
    {
        ["kind"] = kind,
        ["title"] = title,
        ["text"] = "Der Landkreis bietet Sprachkurse mit Kinderbetreuung auch am Abend an.",
        ["rationale"] = "Viele Eltern arbeiten tagsüber.",
        ["bodyId"] = bodyId,
        ["ideaIds"] = ideaIds,
        ["contributionIds"] = contributionIds ?? [],
    };

    public static async Task<RecommendationWorld> CreateRecommendationWorldAsync(this ParticipationFactory factory)
    {
        var process = await factory.CreateConceptProcessAsync();
        var sessionId = await BoardArrange.CreateSessionAsync(process.Admin, process.Id);
        var board = await (await process.Facilitator.PostJsonAsync($"/api/sessions/{sessionId}/boards", BoardArrange.Board())).ReadAsync<BoardDto>(HttpStatusCode.Created);
        var token = process.Facilitator.DefaultRequestHeaders.Authorization!.Parameter!;
        var testBoard = new TestBoard(board, process.Id, sessionId, process.Admin, process.Facilitator, token);
        return new RecommendationWorld(process, testBoard, await factory.JoinAsync(testBoard, "Anna"));
    }

    /// <summary>A standing body of the process, written to the database (the bodies API is another feature's).</summary>
    public static async Task<Guid> CreateBodyAsync(this ParticipationFactory factory, Guid processId, string name = "Fokusgruppe Integration")
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Participation.Api.Data.ParticipationDb>();
        var body = new Participation.Api.Bodies.Body { ProcessId = processId, Name = name, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return body.Id;
    }
}
