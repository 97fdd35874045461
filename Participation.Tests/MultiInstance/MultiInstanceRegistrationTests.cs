using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.MultiInstance;

/// <summary>Registration and email with two instances on one database: shared places, one outbox, one round of reminders.</summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class MultiInstanceRegistrationTests(PostgresServer postgres, RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_registration_burst_split_across_two_instances_never_gives_more_places_than_capacity()
    {
        await using var two = await TwoInstances.StartAsync(postgres, redis);

        await CapacityScenarios.ParallelRegistrationsNeverExceedCapacityAsync(two.A, two.B);
    }

    [Fact]
    public async Task Two_instances_draining_one_outbox_at_once_deliver_each_message_exactly_once()
    {
        const int invitationsPerInstance = 100;
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var two = await TwoInstances.StartAsync(postgres, redis, RegistrationArrange.Smtp(smtp));
        var admins = await Task.WhenAll(two.Both.Select(instance => instance.AdminClientAsync()));
        var process = await admins[0].CreateProcessAsync();
        var @event = await admins[0].OpenEventAsync(process.Id, capacity: 500);

        // Both import at the same moment, so both senders wake to a full outbox.
        var reports = await Task.WhenAll(admins.Select(async (admin, i) =>
        {
            var addresses = string.Join('\n', Enumerable.Range(0, invitationsPerInstance).Select(n => $"Gast {i}-{n} <gast-{i}-{n}@verein.example>"));
            return await (await admin.PostJsonAsync($"/api/events/{@event.Id}/invitations", new { addresses })).ReadAsync<InvitationReport>();
        }));
        Assert.All(reports, report => Assert.Equal((invitationsPerInstance, 0), (report.Invited, report.Errors.Count)));
        var rows = await WaitUntilSentAsync(two.B, m => m.EventId == @event.Id, 2 * invitationsPerInstance);
        // Stopped, so a copy sent late by either would be at the server now.
        await two.StopBothAsync();

        var received = smtp.Messages();
        var expected = rows.Select(r => MessageId(r.Mime)).Order().ToList();
        Assert.Equal(2 * invitationsPerInstance, expected.Distinct().Count());
        Assert.Equal(expected, received.Select(m => m.MessageId ?? "(none)").Order());
        Assert.Equal(rows.Select(r => r.To).Order(), received.Select(m => m.Recipient()).Order());
        Assert.All(rows, row => Assert.Equal((OutboxState.Sent, 1, "smtp"), (row.State, row.Attempts, row.DeliveredBy)));
        var senders = rows.CountBy(r => r.SentBy ?? "nobody").ToList();
        Assert.True(senders.Select(s => s.Key).Order().SequenceEqual(["instance-a", "instance-b"]),
            $"Both instances should have sent some of the messages; sent by: {string.Join(", ", senders.Select(s => $"{s.Key} {s.Value}"))}.");
    }

    [Fact]
    public async Task With_two_instances_running_housekeeping_each_attendee_gets_exactly_one_reminder()
    {
        const int attendees = 20;
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = RegistrationArrange.Smtp(smtp);
        settings["Participation:Registrations:HousekeepingSeconds"] = "5";
        await using var two = await TwoInstances.StartAsync(postgres, redis, settings);
        var admin = await two.A.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        // Tomorrow, with the reminder due 48 hours before: due now.
        var soon = DateTimeOffset.UtcNow.AddHours(30);
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event("Workshop Wohnen")
            .With("startsAt", soon.ToString("O")).With("endsAt", soon.AddHours(3).ToString("O")).With("isPublic", true));
        await admin.OpenRegistrationAsync(@event.Id, capacity: 100);
        await Task.WhenAll(Enumerable.Range(0, attendees).Select(async i =>
            Assert.Equal(HttpStatusCode.Accepted, (await two.Both[i % 2].CreateClient()
                .RegisterAsync(@event.Id, RegistrationArrange.Person($"teilnahme-{i}@verein.example", $"Person {i}"))).StatusCode)));
        await using (var scope = two.A.Services.CreateAsyncScope())
        {
            // Confirmed, and signed up a week ago: before the reminder time, so each is owed one.
            await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.Where(r => r.EventId == @event.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RegistrationStatus.Confirmed)
                    .SetProperty(x => x.EmailConfirmedAt, DateTime.UtcNow).SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddDays(-7)));
        }

        // Besides their timed rounds, both instances run rounds at the same moment.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = two.Both[i % 2].Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RegistrationService>().RunHousekeepingAsync(CancellationToken.None);
        }));
        var reminders = await WaitUntilSentAsync(two.B, m => m.EventId == @event.Id && m.Kind == RegistrationMails.ReminderKind, attendees);
        await two.StopBothAsync();

        Assert.Equal(Enumerable.Range(0, attendees).Select(i => $"teilnahme-{i}@verein.example").Order(), reminders.Select(r => r.To).Order());
        var reminderIds = reminders.Select(r => MessageId(r.Mime)).ToHashSet();
        var received = smtp.Messages().Where(m => m.MessageId is { } id && reminderIds.Contains(id)).ToList();
        Assert.Equal(reminders.Select(r => r.To).Order(), received.Select(m => m.Recipient()).Order());
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages match and none of them is still queued; returns them.
    /// </summary>
    private static async Task<List<OutboxMessage>> WaitUntilSentAsync(ParticipationFactory instance, System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> match, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = instance.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.AsNoTracking().Where(match).ToListAsync();
            if (rows.Count >= count && rows.All(r => r.State != OutboxState.Queued))
            {
                return rows;
            }
            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"Waited {Patience.TotalSeconds:0} s for {count} messages to be sent; the outbox has " +
                            string.Join(", ", rows.CountBy(r => (r.State, r.SentBy)).Select(g => $"{g.Value} {g.Key.State} by {g.Key.SentBy ?? "nobody"}")) + ".");
            }
            await Task.Delay(100);
        }
    }

    private static string MessageId(byte[] mime) =>
        MimeMessage.Load(new MemoryStream(mime)).MessageId ?? throw new InvalidOperationException("An outbox message has no Message-ID.");
}
