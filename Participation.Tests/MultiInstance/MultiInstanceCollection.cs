using Participation.Tests.Infrastructure;

namespace Participation.Tests.MultiInstance;

/// <summary>
/// Tests of several app instances on one PostgreSQL and one Redis. A class of its own, since a test
/// class belongs to one collection; without <see cref="PostgresServer.Variable"/> set, this collection
/// starts a PostgreSQL server of its own beside the one of the "PostgreSQL" collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MultiInstanceCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<RedisServer>
{
    public const string Name = "MultiInstance";
}
