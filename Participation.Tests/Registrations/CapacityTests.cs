using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

public sealed class CapacityTests
{
    [Fact]
    public async Task Parallel_registrations_never_exceed_capacity_on_SQLite()
    {
        await using var factory = new ParticipationFactory();
        await CapacityScenarios.ParallelRegistrationsNeverExceedCapacityAsync(factory);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class CapacityPostgresTests(PostgresServer server)
{
    [Fact]
    public async Task Parallel_registrations_never_exceed_capacity_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        await CapacityScenarios.ParallelRegistrationsNeverExceedCapacityAsync(factory);
    }
}
