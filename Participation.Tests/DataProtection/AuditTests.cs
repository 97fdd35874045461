using System.Net;
using Participation.Api.DataProtection;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>What accounts change and export is written down; what they read and what participants do is not.</summary>
public sealed class AuditTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Changes_and_exports_by_accounts_are_logged_with_ids_only_and_reads_and_anonymous_sign_ups_are_not()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var organiser = await factory.CreateMemberAsync(admin, process.Id, "organiser");
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var @event = await organiser.Client.OpenEventAsync(process.Id);
        var email = $"geheim-{Guid.NewGuid():N}@verein.example";
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person(email));
        await organiser.Client.GetAsync($"/api/events/{@event.Id}/registrations");
        await organiser.Client.GetAsync($"/api/events/{@event.Id}/registrations?format=csv");
        await (await organiser.Client.PutJsonAsync($"/api/processes/{process.Id}", Arrange.Process("Neuer Titel"))).ReadAsync<Participation.Api.Processes.ProcessResponse>();
        var refused = await facilitator.Client.PutJsonAsync($"/api/processes/{process.Id}", Arrange.Process("Nicht erlaubt"));

        var log = await (await organiser.Client.GetAsync($"/api/processes/{process.Id}/audit")).ReadAsync<AuditPage>();
        var forFacilitator = await facilitator.Client.GetAsync($"/api/processes/{process.Id}/audit");
        var allForOrganiser = await organiser.Client.GetAsync("/api/audit");
        var all = await (await admin.GetAsync("/api/audit")).ReadAsync<AuditPage>();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["CreateEvent", "PutRegistrationSettings", "ListRegistrations", "UpdateProcess"],
            log.Entries.Where(e => e.AccountId == organiser.Id).Select(e => e.Action).Reverse());
        var update = log.Entries.First(e => e.Action == "UpdateProcess");
        Assert.Equal(($"id={process.Id}", process.Id, 200, "Test Person"), (update.Targets, update.ProcessId, update.Status, update.AccountName));
        Assert.DoesNotContain(log.Entries, e => e.AccountName == "" || (e.Targets ?? "").Contains('@'));
        Assert.DoesNotContain(all.Entries, e => e.Action == "Register" || (e.Detail ?? "").Contains(email));
        Assert.Equal(HttpStatusCode.Forbidden, forFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, allForOrganiser.StatusCode);
        Assert.Contains(all.Entries, e => e.Action == "CreateProcess" && e.ProcessId == process.Id);
    }

    [Fact]
    public async Task A_change_made_on_an_organiser_page_is_logged_like_one_made_through_the_api()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var pages = await factory.PageClientAsync();

        var saved = await pages.PostFormAsync($"/organise/processes/{process.Id}/edit", new()
        {
            ["title"] = "Auf der Seite geändert", ["status"] = "Running", ["timeZone"] = "Europe/Berlin",
        });
        var log = await (await admin.GetAsync($"/api/processes/{process.Id}/audit")).ReadAsync<AuditPage>();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = Assert.Single(log.Entries, e => e.Action.Contains("Edit"));
        Assert.Equal(("POST", process.Id, 302, $"id={process.Id}"), (entry.Method, entry.ProcessId, entry.Status, entry.Targets));
        Assert.Contains("/Organise/Processes/Edit", entry.Action);
    }
}
