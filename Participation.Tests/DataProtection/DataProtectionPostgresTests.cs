using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>Erasure, retention and the audit log on PostgreSQL, where the event lock and the bulk updates are its own SQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DataProtectionPostgresTests(PostgresServer server)
{
    [Fact]
    public async Task Erasure_moves_the_waiting_list_and_retention_anonymises_ended_events_on_PostgreSQL()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using var factory = new ParticipationFactory { PostgresConnectionString = database.ConnectionString };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var full = await admin.OpenEventAsync(process.Id, capacity: 1);
        var ended = await admin.OpenEventAsync(process.Id, title: "Workshop Bildung");
        var anonymous = factory.CreateClient();
        await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person("erste@verein.example", "Erste Person"));
        await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person("zweite@verein.example", "Zweite Person"));
        await anonymous.RegisterAsync(ended.Id, RegistrationArrange.Person("dritte@verein.example", "Dritte Person"));

        var report = await (await admin.PostJsonAsync("/api/data-requests/erase", new { email = "Erste@verein.example" })).ReadAsync<ErasureReport>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        await db.Events.Where(e => e.Id == ended.Id).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.StartsAt, DateTime.UtcNow.AddDays(-201)).SetProperty(x => x.EndsAt, DateTime.UtcNow.AddDays(-200)));
        await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None);
        var log = await (await admin.GetAsync($"/api/audit")).ReadAsync<AuditPage>();

        Assert.Equal(1, report.Registrations);
        Assert.Equal(RegistrationStatus.Pending, (await db.Registrations.AsNoTracking().SingleAsync(r => r.Email == "zweite@verein.example")).Status);
        Assert.False(await db.Registrations.AnyAsync(r => r.Email == "erste@verein.example" || r.Email == "dritte@verein.example"));
        Assert.All(await db.OutboxMessages.AsNoTracking().Where(m => m.EventId == ended.Id).ToListAsync(), m => Assert.Equal(("", 0), (m.To, m.Mime.Length)));
        Assert.Contains(log.Entries, e => e.Action == "ErasePersonalData" && e.Status == (int)HttpStatusCode.OK);
    }
}
