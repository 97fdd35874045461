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
        var order = views[0].Timeline;
        Assert.All(views, view =>
        {
            Assert.Equal(Enumerable.Range(1, total).Select(n => (long)n), view.Timeline.Select(e => e.Seq));
            Assert.Equal(order, view.Timeline);
            Assert.Equal(snapshot.Ideas.Select(i => i.Id).Order(), view.IdeaIds.Order());
            Assert.Equal(Enumerable.Range(1, total).Select(n => (long)n), view.Client.Received.Select(m => m.Seq).Order());
        });
        foreach (var view in views)
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
