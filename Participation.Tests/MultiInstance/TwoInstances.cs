using Participation.Tests.Infrastructure;

namespace Participation.Tests.MultiInstance;

/// <summary>
/// Two hosts of the app on two loopback ports, one system: the same fresh PostgreSQL database, the
/// same Redis server (under a channel prefix of this pair alone), the same data directory (its
/// data-protection keys sign the tokens both accept). Named "instance-a" and "instance-b" in the outbox.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly string dataDirectory;
    private bool aStopped;
    private bool bStopped;

    private TwoInstances(TestDatabase database, string dataDirectory, ParticipationFactory a, ParticipationFactory b)
    {
        (this.database, this.dataDirectory, A, B) = (database, dataDirectory, a, b);
    }

    public ParticipationFactory A { get; }
    public ParticipationFactory B { get; }
    public string AUrl { get; private set; } = "";
    public string BUrl { get; private set; } = "";

    public IReadOnlyList<ParticipationFactory> Both => [A, B];

    /// <summary>Starts A, then B, each with <paramref name="settings"/> besides the shared ones.</summary>
    public static async Task<TwoInstances> StartAsync(PostgresServer postgres, RedisServer redis, Dictionary<string, string?>? settings = null)
    {
        var database = await postgres.CreateDatabaseAsync();
        var redisConfiguration = await redis.ConfigurationAsync();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participation-tests", $"two-{Guid.NewGuid():N}");
        var channelPrefix = $"participation-test-{Guid.NewGuid():N}";
        ParticipationFactory Instance(string name) => new()
        {
            PostgresConnectionString = database.ConnectionString,
            DataDirectory = dataDirectory,
            // The other instance still works in it; this fixture removes it at the end.
            KeepDataDirectory = true,
            Settings = new Dictionary<string, string?>(settings ?? [])
            {
                ["ConnectionStrings:Redis"] = redisConfiguration,
                ["Participation:Redis:ChannelPrefix"] = channelPrefix,
                ["Participation:InstanceName"] = name,
            },
        };
        var instances = new TwoInstances(database, dataDirectory, Instance("instance-a"), Instance("instance-b"));
        try
        {
            instances.AUrl = instances.A.StartOnKestrel();
            instances.BUrl = instances.B.StartOnKestrel();
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
        return instances;
    }

    /// <summary>Stops instance A as an operator would (its host shuts down); B goes on.</summary>
    public async Task StopAAsync()
    {
        aStopped = true;
        await A.DisposeAsync();
    }

    /// <summary>Stops both, so nothing is sent or changed any more; what they did stays in the database.</summary>
    public async Task StopBothAsync()
    {
        if (!aStopped)
        {
            await StopAAsync();
        }
        bStopped = true;
        await B.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!aStopped)
            {
                await A.DisposeAsync();
            }
            if (!bStopped)
            {
                await B.DisposeAsync();
            }
        }
        finally
        {
            await database.DisposeAsync();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
