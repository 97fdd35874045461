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
}
