using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>Scenarios run on SQLite and on PostgreSQL alike.</summary>
public static class BoardScenarios
{
    /// <summary>Phones over the hub and kiosks over REST post at once; every client receives 1..N in the same order.</summary>
    public static async Task ConcurrentPostersAreSeenInOneGapFreeOrderAsync(ParticipationFactory factory, string baseUrl)
    {
        const int postsEach = 6;
        var board = await factory.CreateBoardAsync();
        var hubPosters = new List<BoardClient>();
        for (var i = 0; i < 4; i++)
        {
            var participant = await factory.JoinAsync(board, $"Telefon {i}");
            hubPosters.Add((await BoardClient.JoinAsync(baseUrl, participant.Token, $"Telefon {i}", board.Id)).Client);
        }
        var restPosters = new List<TestParticipant> { await factory.JoinAsync(board, "Kiosk 1"), await factory.JoinAsync(board, "Kiosk 2") };
        var (facilitator, _) = await BoardClient.JoinAsync(baseUrl, board.FacilitatorToken, "facilitator", board.Id);
        var wall = await BoardClient.ConnectAsync(baseUrl, board.FacilitatorToken, "wall");
        await wall.WatchBoardAsync(board.Id, 0);
        List<BoardClient> observers = [.. hubPosters, facilitator, wall];

        var posting = hubPosters.Select((poster, p) => Task.Run(async () =>
            {
                for (var n = 0; n < postsEach; n++)
                {
                    await poster.PostIdeaAsync(board.Id, board.Column(n % 2), $"Telefon {p}, Idee {n}");
                }
            }))
            .Concat(restPosters.Select((poster, p) => Task.Run(async () =>
            {
                for (var n = 0; n < postsEach; n++)
                {
                    await (await poster.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), $"Kiosk {p}, Idee {n}")))
                        .ReadAsync<IdeaDto>();
                }
            })));
        await Task.WhenAll(posting);

        var total = (hubPosters.Count + restPosters.Count) * postsEach;
        var expected = Enumerable.Range(1, total).Select(n => (long)n).ToList();
        foreach (var observer in observers)
        {
            await observer.WaitForSeqAsync(total);
        }
        var order = facilitator.Received.Select(m => m.DataAs<IdeaDto>().Id).ToList();
        Assert.All(observers, observer =>
        {
            Assert.Equal(expected, observer.Received.Select(m => m.Seq));
            Assert.Equal(order, observer.Received.Select(m => m.DataAs<IdeaDto>().Id));
        });
        Assert.Equal(total, order.Distinct().Count());
        var snapshot = await board.SnapshotAsync();
        Assert.Equal((total, total), (snapshot.Seq, snapshot.Ideas.Count));
        foreach (var observer in observers)
        {
            await observer.DisposeAsync();
        }
    }

    /// <summary>
    /// The host stops and a new one starts on the same data: the board and its log are intact, a client
    /// continues from its sequence number, a retried post is still recognised, and numbering goes on without a gap.
    /// </summary>
    public static async Task BoardAndLogSurviveARestartAsync(Func<ParticipationFactory> before, Func<ParticipationFactory> after)
    {
        TestBoard board;
        TestParticipant anna, ben;
        IdeaDto first;
        long bensSeq;
        await using (var host = before())
        {
            var baseUrl = host.StartOnKestrel();
            board = await host.CreateBoardAsync();
            anna = await host.JoinAsync(board, "Anna");
            ben = await host.JoinAsync(board, "Ben");
            await using var annaHub = (await BoardClient.JoinAsync(baseUrl, anna.Token, "Anna", board.Id)).Client;
            await using var benHub = (await BoardClient.JoinAsync(baseUrl, ben.Token, "Ben", board.Id)).Client;
            first = await annaHub.PostIdeaAsync(board.Id, board.Column(0), "Vor dem Neustart", "anna-before-restart");
            await annaHub.PostIdeaAsync(board.Id, board.Column(1), "Auch vor dem Neustart");
            await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/ideas/{first.Id}/pin", new PinInput(true))).ReadAsync<IdeaDto>();
            await benHub.WaitForSeqAsync(3);
            bensSeq = benHub.LastSeq;
        }
        Assert.Equal(3, bensSeq);

        await using var restarted = after();
        var newUrl = restarted.StartOnKestrel();
        var annaAfter = restarted.WithToken(anna.Token);
        // While Ben's phone is still reconnecting, Anna posts and retries a post from before the restart.
        var whileAway = await (await annaAfter.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Nach dem Neustart")))
            .ReadAsync<IdeaDto>();
        var retried = await (await annaAfter.PostJsonAsync($"/api/boards/{board.Id}/ideas",
            BoardArrange.Idea(board.Column(0), "Vor dem Neustart", "anna-before-restart"))).ReadAsync<IdeaDto>();
        await using var benAfter = await BoardClient.ConnectAsync(newUrl, ben.Token, "Ben");
        var caughtUp = await benAfter.JoinBoardAsync(board.Id, bensSeq);
        var fromTheStart = await benAfter.JoinBoardAsync(board.Id, 1);
        await using var annaHubAfter = await BoardClient.ConnectAsync(newUrl, anna.Token, "Anna");
        await annaHubAfter.JoinBoardAsync(board.Id, 4);
        var live = await annaHubAfter.PostIdeaAsync(board.Id, board.Column(1), "Live nach dem Neustart");

        Assert.Equal(first.Id, retried.Id);
        Assert.Null(caughtUp.Snapshot);
        Assert.Equal([(4L, whileAway.Id)], caughtUp.Events.Select(e => (e.Seq, e.DataAs<IdeaDto>().Id)));
        Assert.Equal([(2L, "ideaPosted"), (3L, "ideaPinned"), (4L, "ideaPosted")], fromTheStart.Events.Select(e => (e.Seq, e.Type)));
        Assert.Equal(first.Id, fromTheStart.Events[1].DataAs<IdeaDto>().Id);
        var liveMessage = await benAfter.WaitForSeqAsync(5);
        Assert.Equal(live.Id, liveMessage.DataAs<IdeaDto>().Id);
        Assert.Equal([5L], benAfter.Received.Select(m => m.Seq));
        var admin = await restarted.AdminClientAsync();
        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal(5, snapshot.Seq);
        Assert.Equal(["Vor dem Neustart", "Auch vor dem Neustart", "Nach dem Neustart", "Live nach dem Neustart"], snapshot.Ideas.Select(i => i.Text));
        Assert.True(snapshot.Ideas[0].Pinned);
        Assert.Equal(board.Board.JoinCode, snapshot.Board.JoinCode);
    }
}
