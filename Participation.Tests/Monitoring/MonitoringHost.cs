using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Monitoring;

/// <summary>One app with a published and an unpublished process, their monitoring written by <see cref="MonitoringArrange"/>.</summary>
public sealed class MonitoringHost : IAsyncLifetime
{
    public ParticipationFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public MonitoringWorld Published { get; private set; } = null!;

    public MonitoringWorld Unpublished { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.AdminClientAsync();
        Published = await SeedAsync(new MonitoringScale(), "Integrationskonzept Musterkreis");
        Unpublished = await SeedAsync(new MonitoringScale(Published: false), "Integrationskonzept Nachbarkreis");
    }

    public async Task<MonitoringWorld> SeedAsync(MonitoringScale scale, string title)
    {
        using var scope = Factory.Services.CreateScope();
        return await MonitoringArrange.SeedAsync(scope.ServiceProvider.GetRequiredService<ParticipationDb>(), scale, title);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
