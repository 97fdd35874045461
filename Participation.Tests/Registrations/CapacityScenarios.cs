using System.Net;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>Scenarios that run on SQLite and on PostgreSQL.</summary>
public static class CapacityScenarios
{
    /// <summary>
    /// Many people press "register" at the same moment: places are never given beyond capacity, nobody twice.
    /// With several instances of one installation, the requests go to each in turn.
    /// </summary>
    public static async Task ParallelRegistrationsNeverExceedCapacityAsync(params ParticipationFactory[] instances)
    {
        const int capacity = 10;
        const int people = 60;
        var admins = await Task.WhenAll(instances.Select(instance => instance.AdminClientAsync()));
        var admin = admins[0];
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: capacity);

        var answers = await Task.WhenAll(Enumerable.Range(0, people).Select(async i =>
        {
            using var client = instances[i % instances.Length].CreateClient();
            var response = await client.RegisterAsync(@event.Id, RegistrationArrange.Person($"person{i}@verein.example", $"Person {i}"));
            return await response.ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        }));
        // The same people again, at once: no second row for anyone.
        await Task.WhenAll(Enumerable.Range(0, people / 2).Select(async i =>
        {
            using var client = instances[(i + 1) % instances.Length].CreateClient();
            Assert.Equal(HttpStatusCode.Accepted, (await client.RegisterAsync(@event.Id, RegistrationArrange.Person($"person{i}@verein.example"))).StatusCode);
        }));

        var list = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations")).ReadAsync<List<RegistrationResponse>>();
        Assert.Equal(capacity, answers.Count(a => a.Status == RegistrationStatus.Pending));
        Assert.Equal(people, list.Count);
        Assert.Equal(capacity, list.Count(r => r.Status == RegistrationStatus.Pending));
        Assert.Equal(people - capacity, list.Count(r => r.Status == RegistrationStatus.WaitingList));
        Assert.Equal(Enumerable.Range(1, people - capacity), list.Where(r => r.WaitingListPosition is not null).Select(r => r.WaitingListPosition!.Value).Order());

        // Cancelling three places in parallel promotes exactly three from the waiting list.
        var holders = list.Where(r => r.Status == RegistrationStatus.Pending).Take(3).ToList();
        await Task.WhenAll(holders.Select(async (h, i) =>
            Assert.Equal(HttpStatusCode.OK, (await admins[i % admins.Length].PostAsync($"/api/registrations/{h.Id}/cancel", null)).StatusCode)));
        var after = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations/summary")).ReadAsync<RegistrationSummary>();
        Assert.Equal(capacity, after.ByStatus["Pending"] + after.ByStatus["Confirmed"]);
        Assert.Equal(people - capacity - 3, after.ByStatus["WaitingList"]);
        Assert.Equal(3, after.ByStatus["Cancelled"]);
    }
}
