using Microsoft.AspNetCore.SignalR.Client;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>The log's promise: gap-free sequence numbers in one order, nothing lost on a reconnect, nothing doubled by a retry.</summary>
public sealed class BoardSequenceTests(LiveHost host) : IClassFixture<LiveHost>
{
    [Fact]
    public async Task A_reconnecting_client_gets_exactly_what_it_missed_in_order_and_nothing_twice()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var first = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Vor dem Funkloch");
        await table.EveryoneReceivesAsync(1);

        await table.BenHub.Connection.StopAsync();
        var second = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Während Ben weg ist");
        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("PinIdea", table.Id, first.Id, true);
        var fourth = await (await table.Anna.Client.PostJsonAsync($"/api/boards/{table.Id}/ideas",
            BoardArrange.Idea(table.Board.Column(1), "Über REST, während Ben weg ist"))).ReadAsync<IdeaDto>();
        await table.FacilitatorHub.WaitForSeqAsync(4);
        await table.BenHub.Connection.StartAsync();
        var rejoined = await table.BenHub.JoinBoardAsync(table.Id, table.BenHub.LastSeq);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ben ist wieder da");
        await table.BenHub.WaitForSeqAsync(5);

        Assert.Null(rejoined.Snapshot);
        Assert.Equal(4, rejoined.Seq);
        Assert.Equal([(2L, "ideaPosted"), (3L, "ideaPinned"), (4L, "ideaPosted")], rejoined.Events.Select(e => (e.Seq, e.Type)));
        Assert.Equal([second.Id, first.Id, fourth.Id], rejoined.Events.Select(e => e.DataAs<IdeaDto>().Id));
        Assert.Equal([1L, 5L], table.BenHub.Received.Select(m => m.Seq));
        var timeline = table.BenHub.Received.Take(1).Concat(rejoined.Events).Concat(table.BenHub.Received.Skip(1)).Select(m => m.Seq);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], timeline);
    }

    [Fact]
    public async Task A_client_that_knows_everything_gets_no_events_and_one_that_knows_a_future_gets_a_snapshot()
    {
        await using var table = await BoardTable.OpenAsync(host);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Eine Idee");
        await table.BenHub.WaitForSeqAsync(1);

        var upToDate = await table.BenHub.JoinBoardAsync(table.Id, 1);
        var fromTheFuture = await table.BenHub.JoinBoardAsync(table.Id, 99);

        Assert.Equal((1L, null), (upToDate.Seq, upToDate.Snapshot));
        Assert.Empty(upToDate.Events);
        Assert.Equal(1, fromTheFuture.Snapshot!.Seq);
        Assert.Equal("Eine Idee", Assert.Single(fromTheFuture.Snapshot.Ideas).Text);
        Assert.Empty(fromTheFuture.Events);
    }

    [Fact]
    public async Task Concurrent_posters_are_seen_by_every_client_in_one_gap_free_order() =>
        await BoardScenarios.ConcurrentPostersAreSeenInOneGapFreeOrderAsync(host.Factory, host.BaseUrl);

    [Fact]
    public async Task A_client_joining_while_others_post_misses_nothing()
    {
        const int total = 30;
        var board = await host.Factory.CreateBoardAsync();
        await using var facilitator = (await BoardClient.JoinAsync(host.BaseUrl, board.FacilitatorToken, "facilitator", board.Id)).Client;
        var latecomer = await host.Factory.JoinAsync(board, "Nachzüglerin");

        var posting = Task.Run(async () =>
        {
            for (var n = 1; n <= total; n++)
            {
                await facilitator.PostIdeaAsync(board.Id, board.Column(0), $"Karte {n}");
            }
        });
        await facilitator.WaitForSeqAsync(5);
        await using var late = await BoardClient.ConnectAsync(host.BaseUrl, latecomer.Token, "Nachzüglerin");
        var joined = await late.JoinBoardAsync(board.Id, 0);
        await posting;
        await late.WaitForSeqAsync(total);

        // The snapshot and the live messages after it cover everything; an overlap is allowed and dropped by seq.
        var seen = joined.Snapshot!.Seq;
        Assert.Equal(seen, joined.Snapshot.Ideas.Count);
        var live = late.Received.Select(m => m.Seq).ToList();
        Assert.Equal(live.Order(), live);
        Assert.Equal(live.Distinct(), live);
        Assert.Equal(Enumerable.Range((int)seen + 1, total - (int)seen).Select(n => (long)n), live.Where(seq => seq > seen));
    }

    [Fact]
    public async Task The_same_clientId_posted_twice_over_the_hub_is_one_idea_and_one_log_entry()
    {
        await using var table = await BoardTable.OpenAsync(host);

        var first = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Familienzentrum", "anna-1");
        var again = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Familienzentrum", "anna-1");
        await table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ein anderes Thema", "ben-1");

        Assert.Equal(first, again);
        await table.EveryoneReceivesAsync(2);
        Assert.All(table.Everyone, client => Assert.Equal([(1L, first.Id)], client.Received.Where(m => m.Type == "ideaPosted" && m.DataAs<IdeaDto>().Text == "Familienzentrum").Select(m => (m.Seq, m.DataAs<IdeaDto>().Id))));
        Assert.All(table.Everyone, client => Assert.Equal([1L, 2L], client.Received.Select(m => m.Seq)));
        var snapshot = await table.Board.SnapshotAsync();
        Assert.Equal((2L, 2), (snapshot.Seq, snapshot.Ideas.Count));
    }

    [Fact]
    public async Task A_post_retried_after_a_reconnect_is_not_duplicated()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var first = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Hausaufgabenhilfe", "anna-retry");
        await table.FacilitatorHub.WaitForSeqAsync(1);

        await table.AnnaHub.ReconnectAsync();
        var rejoined = await table.AnnaHub.JoinBoardAsync(table.Id, table.AnnaHub.LastSeq);
        var retried = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Hausaufgabenhilfe", "anna-retry");
        var overRest = await (await table.Anna.Client.PostJsonAsync($"/api/boards/{table.Id}/ideas",
            BoardArrange.Idea(table.Board.Column(0), "Hausaufgabenhilfe", "anna-retry"))).ReadAsync<IdeaDto>();
        await table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Danach");

        Assert.Empty(rejoined.Events);
        Assert.Equal((first.Id, first.Id), (retried.Id, overRest.Id));
        await table.FacilitatorHub.WaitForSeqAsync(2);
        Assert.Equal([(1L, "ideaPosted"), (2L, "ideaPosted")], table.FacilitatorHub.Received.Select(m => (m.Seq, m.Type)));
        Assert.Equal("Danach", table.FacilitatorHub.Received[1].DataAs<IdeaDto>().Text);
        var snapshot = await table.Board.SnapshotAsync();
        Assert.Equal((2L, 2), (snapshot.Seq, snapshot.Ideas.Count));
    }

    [Fact]
    public async Task Someone_else_reusing_a_clientId_is_refused_and_does_not_get_the_idea()
    {
        await using var table = await BoardTable.OpenAsync(host);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Annas Idee", "same-id");

        var refusal = await LiveBoardTests.RefusedAsync(() => table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Bens Idee", "same-id"));

        Assert.Contains("Diese Kennung (clientId) hat schon jemand anderes benutzt.", refusal);
        Assert.Equal("Annas Idee", Assert.Single((await table.Board.SnapshotAsync()).Ideas).Text);
    }
}
