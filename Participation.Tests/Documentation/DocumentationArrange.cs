using Participation.Api.Demo;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

/// <summary>The demo process (its conference board has ideas) and the admin's client, for exports.</summary>
public sealed class DemoDocumentationHost : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new() { Settings = { ["Participation:SeedDemo"] = "true" } };

    public HttpClient Admin { get; private set; } = null!;

    public Guid ProcessId => DemoSeeder.ProcessId;

    public async Task InitializeAsync() => Admin = await Factory.AdminClientAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<byte[]> ExportAsync(string scope, Guid id, string format, string extra = "")
    {
        var response = await Admin.GetAsync($"/api/{scope}/{id}/documentation?format={format}{extra}");
        Assert.True(response.IsSuccessStatusCode, $"{scope} {format}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
