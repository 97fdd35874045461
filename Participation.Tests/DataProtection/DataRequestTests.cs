using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>A person asks what is stored about them, and to have it erased.</summary>
public sealed class DataRequestTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task The_export_holds_the_persons_data_and_erasure_removes_it_everywhere_and_leaves_an_audit_entry_without_the_address()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var organiser = await factory.CreateMemberAsync(admin, process.Id, "organiser");
        var full = await organiser.Client.OpenEventAsync(process.Id, capacity: 1);
        var later = await organiser.Client.OpenEventAsync(process.Id, title: "Workshop Wohnen");
        var email = $"person-{Guid.NewGuid():N}@verein.example";
        var anonymous = factory.CreateClient();
        await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person(email, "Selin Kaya").With("remarks", "Brauche Dolmetschung"));
        await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person("wartend@verein.example", "Wartende Person"));
        await anonymous.RegisterAsync(later.Id, RegistrationArrange.Person(email.ToUpperInvariant(), "Selin Kaya"));

        var summary = await (await organiser.Client.GetAsync($"/api/data-requests?email={Uri.EscapeDataString(email)}")).ReadAsync<DataRequestSummary>();
        var export = await organiser.Client.GetAsync($"/api/data-requests/export?email={Uri.EscapeDataString(email)}");
        var exported = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement;
        var report = await (await organiser.Client.PostJsonAsync("/api/data-requests/erase", new { email })).ReadAsync<ErasureReport>();
        var afterwards = await (await organiser.Client.GetAsync($"/api/data-requests?email={Uri.EscapeDataString(email)}")).ReadAsync<DataRequestSummary>();
        var badAddress = await (await organiser.Client.GetAsync("/api/data-requests?email=keine-adresse")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(2, summary.Registrations.Count);
        Assert.All(summary.Registrations, r => Assert.Equal("Selin Kaya", r.Name));
        Assert.NotEmpty(summary.Emails);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Brauche Dolmetschung", exported.GetRawText());
        Assert.Contains("Selin Kaya", exported.GetProperty("emails")[0].GetProperty("message").GetString());
        Assert.Equal(2, report.Registrations);
        Assert.Equal(summary.Emails.Count, report.Emails);
        Assert.Empty(afterwards.Registrations);
        Assert.Empty(afterwards.Emails);
        Assert.Contains("email", badAddress.Errors!.Keys);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var ids = summary.Registrations.Select(r => r.Id).ToList();
        var erased = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync();
        Assert.All(erased, r => Assert.Equal((null, "", null, RegistrationStatus.Cancelled), (r.Email, r.Name, r.Remarks, r.Status)));
        var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.ProcessId == process.Id).ToListAsync();
        Assert.DoesNotContain(mails, m => m.To.Equals(email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(mails, m => Encoding.UTF8.GetString(m.Mime).Contains("Selin Kaya") || Encoding.UTF8.GetString(m.Mime).Contains(email));
        // The place went to the one waiting, as after any cancellation.
        Assert.Equal(RegistrationStatus.Pending, (await db.Registrations.AsNoTracking().SingleAsync(r => r.Email == "wartend@verein.example")).Status);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.AccountId == organiser.Id).ToListAsync();
        Assert.Equal(["FindPersonalData", "ExportPersonalData", "ErasePersonalData", "FindPersonalData"],
            audit.OrderBy(e => e.Id).Where(e => e.Action.Contains("PersonalData")).Select(e => e.Action));
        Assert.Contains(audit, e => e.Action == "ErasePersonalData" && e.Detail == $"registrations=2 emails={report.Emails}");
        Assert.DoesNotContain(audit, e => JsonSerializer.Serialize(e).Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_organiser_of_another_process_neither_sees_nor_erases_the_persons_data_and_a_facilitator_may_not_ask()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var elsewhere = await admin.CreateProcessAsync();
        var stranger = await factory.CreateMemberAsync(admin, elsewhere.Id, "organiser");
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var email = $"person-{Guid.NewGuid():N}@verein.example";
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person(email));

        var seen = await (await stranger.Client.GetAsync($"/api/data-requests?email={email}")).ReadAsync<DataRequestSummary>();
        var erased = await (await stranger.Client.PostJsonAsync("/api/data-requests/erase", new { email })).ReadAsync<ErasureReport>();
        var byFacilitator = await facilitator.Client.GetAsync($"/api/data-requests?email={email}");
        var byAdministrator = await (await admin.GetAsync($"/api/data-requests?email={email}")).ReadAsync<DataRequestSummary>();

        Assert.Empty(seen.Registrations);
        Assert.Empty(seen.Emails);
        Assert.Equal((0, 0), (erased.Registrations, erased.Emails));
        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        Assert.Equal("Aylin Demir", Assert.Single(byAdministrator.Registrations).Name);
    }
}
