using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>A board of a session of an event of a process, and the facilitator (a process member) who runs it.</summary>
public sealed record TestBoard(BoardDto Board, Guid ProcessId, Guid SessionId, HttpClient Admin, HttpClient Facilitator, string FacilitatorToken)
{
    public Guid Id => Board.Id;

    public Guid Column(int index) => Board.Columns[index].Id;
}

/// <summary>A participant who joined a board with its code: the token for the hub and an HTTP client carrying it.</summary>
public sealed record TestParticipant(JoinResponse Joined, HttpClient Client)
{
    public string Token => Joined.ParticipantToken;
}

public static class BoardArrange
{
    /// <summary>Starts the host on a real Kestrel port (the hub needs one) and returns its address.</summary>
    /// <summary>An event next year (so table-host links are still valid), with one session without times.</summary>
    public static Dictionary<string, object?> FutureEvent() => Arrange.Event()
        .With("startsAt", $"{DateTime.UtcNow.Year + 1}-03-13T09:00:00+01:00")
        .With("endsAt", $"{DateTime.UtcNow.Year + 1}-03-13T16:00:00+01:00");

    public static Dictionary<string, object?> Board(string title = "Was braucht es für gutes Ankommen?") => new()
    {
        ["title"] = title,
        ["columns"] = new[] { new { title = "Ideen" }, new { title = "Fragen" } },
        ["voteBudget"] = 3,
        ["maxVotesPerIdea"] = 2,
        ["namedPosting"] = false,
        ["silentBrainstorm"] = false,
    };

    public static async Task<Guid> CreateSessionAsync(HttpClient admin, Guid processId)
    {
        var @event = await admin.CreateEventAsync(processId, FutureEvent());
        var session = await admin.CreateSessionAsync(@event.Id, Arrange.Session().With("startsAt", null).With("endsAt", null));
        return session.Id;
    }

    /// <summary>A new process, event and session, a facilitator member of the process, and a board they created.</summary>
    public static async Task<TestBoard> CreateBoardAsync(this ParticipationFactory factory, Dictionary<string, object?>? board = null)
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var sessionId = await CreateSessionAsync(admin, process.Id);
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var created = await (await facilitator.Client.PostJsonAsync($"/api/sessions/{sessionId}/boards", board ?? Board()))
            .ReadAsync<BoardDto>(HttpStatusCode.Created);
        return new TestBoard(created, process.Id, sessionId, admin, facilitator.Client, facilitator.Client.DefaultRequestHeaders.Authorization!.Parameter!);
    }

    public static async Task<TestParticipant> JoinAsync(this ParticipationFactory factory, TestBoard board, string? displayName = null)
    {
        var anonymous = factory.CreateClient();
        var joined = await (await anonymous.PostJsonAsync($"/api/join/{board.Board.JoinCode}", new { displayName })).ReadAsync<JoinResponse>();
        return new TestParticipant(joined, factory.WithToken(joined.ParticipantToken));
    }

    /// <summary>A client that sends this bearer token (a participant's, a table host's or an account's).</summary>
    public static HttpClient WithToken(this ParticipationFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The board as its facilitator sees it now, read over REST.</summary>
    public static async Task<BoardSnapshot> SnapshotAsync(this TestBoard board) =>
        await (await board.Facilitator.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();

    public static PostIdeaInput Idea(Guid columnId, string text, string? clientId = null) =>
        new(columnId, text, clientId ?? Guid.NewGuid().ToString("N"));
}
