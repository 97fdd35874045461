using Microsoft.AspNetCore.SignalR.Client;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>The live board on PostgreSQL, where a row lock on the board orders the writers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BoardPostgresTests(PostgresServer server)
{
    [Fact]
    public async Task Concurrent_posters_are_seen_by_every_client_in_one_gap_free_order_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        var baseUrl = factory.StartOnKestrel();

        await BoardScenarios.ConcurrentPostersAreSeenInOneGapFreeOrderAsync(factory, baseUrl);
    }

    [Fact]
    public async Task A_board_and_its_log_survive_a_restart_and_clients_continue_from_their_seq_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();

        await BoardScenarios.BoardAndLogSurviveARestartAsync(
            () => new ParticipationFactory { PostgresConnectionString = database.ConnectionString },
            () => new ParticipationFactory { PostgresConnectionString = database.ConnectionString });
    }

    [Fact]
    public async Task Posting_retrying_voting_and_hiding_reach_everyone_once_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        var baseUrl = factory.StartOnKestrel();
        await using var table = await BoardTable.OpenAsync(factory, baseUrl);

        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Interkulturelle Woche", "anna-pg");
        var retried = await (await table.Anna.Client.PostJsonAsync($"/api/boards/{table.Id}/ideas",
            BoardArrange.Idea(table.Board.Column(0), "Interkulturelle Woche", "anna-pg"))).ReadAsync<IdeaDto>();
        await table.FacilitatorHub.Connection.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);
        var vote = await table.BenHub.VoteAsync(table.Id, idea.Id);
        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("HideIdea", table.Id, idea.Id, "Doppelt");

        Assert.Equal(idea.Id, retried.Id);
        Assert.Equal(1, vote.Votes);
        var hidden = await table.EveryoneReceivesAsync(4);
        Assert.Equal(("ideaHidden", null, "Doppelt"), (hidden.Ben.Type, hidden.Ben.DataAs<IdeaDto>().HiddenReason, hidden.Facilitator.DataAs<IdeaDto>().HiddenReason));
        Assert.All(table.Everyone, client => Assert.Equal(["ideaPosted", "phaseChanged", "voteChanged", "ideaHidden"], client.Received.Select(m => m.Type)));
        var snapshot = await table.Board.SnapshotAsync();
        Assert.Equal((4L, 1), (snapshot.Seq, snapshot.Ideas.Count));
    }
}
