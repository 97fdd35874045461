using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>A browser test's own app on a real Kestrel port, fresh for each test, and the shared Chromium.</summary>
public abstract class BrowserTest(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    protected Chromium Chromium { get; } = chromium;

    protected ParticipationFactory Factory { get; } = new();

    protected string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        BaseUrl = Factory.StartOnKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
