using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.MultiInstance;

/// <summary>One board, two instances: phones on either see the same board, and one instance may go away.</summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class MultiInstanceBoardTests(PostgresServer postgres, RedisServer redis)
{
    [Fact]
    public async Task Ideas_posted_through_two_instances_reach_every_client_on_both_in_one_gap_free_order()
    {
        const int postersPerInstance = 3;
        const int postsEach = 6;
        await using var two = await TwoInstances.StartAsync(postgres, redis);
        var board = await two.A.CreateBoardAsync();
        var posters = new List<BoardView>();
        var views = new List<BoardView>();
        foreach (var (factory, url, instance) in new[] { (two.A, two.AUrl, "A"), (two.B, two.BUrl, "B") })
        {
            for (var i = 0; i < postersPerInstance; i++)
            {
                var participant = await factory.JoinAsync(board, $"Telefon {instance}{i}");
                posters.Add(await OpenAsync(url, participant.Token, $"Telefon {instance}{i}", board.Id));
            }
            views.Add(await OpenAsync(url, board.FacilitatorToken, $"facilitator on {instance}", board.Id));
        }
        views.AddRange(posters);

        await Task.WhenAll(posters.Select((poster, p) => Task.Run(async () =>
        {
            for (var n = 0; n < postsEach; n++)
            {
                await poster.PostIdeaAsync(board.Column(n % 2), $"{poster.Name}, Idee {n}");
            }
        })));

        var total = posters.Count * postsEach;
        foreach (var view in views)
        {
            await view.WaitForSeqAsync(total);
            // Live, not only from a rejoin: the backplane carried every idea to every instance.
            await view.Client.WaitForSeqsAsync(1, total);
        }
        var snapshot = await SnapshotAsync(two.B, board);
        Assert.Equal((total, total), (snapshot.Seq, snapshot.Ideas.Count));
        BoardViews.AssertAllShow(snapshot, views);
        Assert.All(views, view => Assert.Equal(Enumerable.Range(1, total).Select(n => (long)n), view.Client.Received.Select(m => m.Seq).Order()));
        foreach (var view in views)
        {
            await view.DisposeAsync();
        }
    }

    [Fact]
    public async Task Clients_of_a_stopped_instance_rejoin_on_the_other_and_lose_nothing_and_a_retried_post_is_not_duplicated()
    {
        await using var two = await TwoInstances.StartAsync(postgres, redis);
        var board = await two.A.CreateBoardAsync();
        var anna = await two.A.JoinAsync(board, "Anna");
        var ben = await two.A.JoinAsync(board, "Ben");
        var chris = await two.B.JoinAsync(board, "Chris");
        var dana = await two.B.JoinAsync(board, "Dana");
        var onA = new[]
        {
            (View: await OpenAsync(two.AUrl, anna.Token, "Anna", board.Id), anna.Token),
            (View: await OpenAsync(two.AUrl, ben.Token, "Ben", board.Id), ben.Token),
            (View: await OpenAsync(two.AUrl, board.FacilitatorToken, "facilitator on A", board.Id), Token: board.FacilitatorToken),
        };
        var onB = new[]
        {
            await OpenAsync(two.BUrl, chris.Token, "Chris", board.Id),
            await OpenAsync(two.BUrl, dana.Token, "Dana", board.Id),
            await OpenAsync(two.BUrl, board.FacilitatorToken, "facilitator on B", board.Id),
        };
        BoardView[] everyone = [.. onA.Select(a => a.View), .. onB];
        var (annaView, benView, chrisView, danaView) = (onA[0].View, onA[1].View, onB[0], onB[1]);
        var column = board.Column(0);

        await Task.WhenAll(BoardViews.PostIdeasAsync(annaView, column, 2), BoardViews.PostIdeasAsync(chrisView, column, 2));
        // Anna's phone sends an idea as A goes down: A takes it, the answer never reaches her.
        await annaView.PostIdeaWithoutAnswerAsync(column, "Sprachcafé im Jugendzentrum", "anna-answer-lost");
        await BoardViews.EveryoneHasAsync(everyone, 5);
        await two.StopAAsync();
        foreach (var (view, _) in onA)
        {
            await view.WaitUntilDisconnectedAsync();
        }
        // While A's phones are away, ideas keep coming through B.
        await Task.WhenAll(BoardViews.PostIdeasAsync(chrisView, column, 2), BoardViews.PostIdeasAsync(danaView, column, 2));
        foreach (var (view, token) in onA)
        {
            await view.MoveToAsync(BoardClient.Builder(two.BUrl, token).Build());
        }
        var retried = await annaView.PostIdeaAsync(board.Column(0), "Sprachcafé im Jugendzentrum", "anna-answer-lost");
        await Task.WhenAll(BoardViews.PostIdeasAsync(annaView, column, 1), BoardViews.PostIdeasAsync(benView, column, 1));

        const int total = 11;
        await BoardViews.EveryoneHasAsync(everyone, total);
        var snapshot = await SnapshotAsync(two.B, board);
        Assert.Equal((total, total), (snapshot.Seq, snapshot.Ideas.Count));
        var lost = Assert.Single(snapshot.Ideas, i => i.Text == "Sprachcafé im Jugendzentrum");
        Assert.Equal(lost.Id, retried.Id);
        Assert.Equal(lost.Id, snapshot.Ideas[4].Id);
        BoardViews.AssertAllShow(snapshot, everyone);
        foreach (var view in everyone)
        {
            await view.DisposeAsync();
        }
    }

    private static Task<BoardView> OpenAsync(string baseUrl, string token, string name, Guid boardId) =>
        BoardView.OpenAsync(BoardClient.Builder(baseUrl, token).Build(), name, boardId);

    /// <summary>The board as its facilitator reads it over REST from this instance.</summary>
    private static async Task<BoardSnapshot> SnapshotAsync(ParticipationFactory instance, TestBoard board) =>
        await (await instance.WithToken(board.FacilitatorToken).GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
}
