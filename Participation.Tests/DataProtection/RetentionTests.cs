using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Email;
using Participation.Api.Identity;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>Attendees' personal data is anonymised a while after the event; the figures stay.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset EventEnds = DateTimeOffset.Parse("2031-05-10T16:00:00+02:00");

    private readonly MovableClock clock = new();
    private readonly ParticipationFactory factory = new()
    {
        // The round of the background loop stays out of the way: the test runs it itself.
        Settings = { ["Participation:Registrations:HousekeepingSeconds"] = "3600", ["Participation:DataProtection:RetentionDays"] = "180" },
    };
    private WebApplicationFactory<Participation.Web.SharedResource> host = null!;

    public Task InitializeAsync()
    {
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task After_the_retention_period_attendees_personal_data_and_emails_are_gone_and_the_counts_are_the_same()
    {
        var admin = await LogInAsync();
        var process = await admin.CreateProcessAsync();
        var shortKept = await (await admin.PostJsonAsync("/api/processes", Arrange.Process().With("retentionDays", 30)))
            .ReadAsync<Participation.Api.Processes.ProcessResponse>(HttpStatusCode.Created);
        var @event = await admin.OpenEventAsync(process.Id);
        var other = await admin.OpenEventAsync(shortKept.Id, title: "Abschlussveranstaltung");
        var anonymous = host.CreateClient();
        await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("aylin@verein.example").With("remarks", "Komme mit Rollstuhl").With("interpreterLanguage", "Türkisch"));
        await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("jonas@amt.example", "Jonas Weber").With("perspective", "Verwaltung"));
        await anonymous.RegisterAsync(other.Id, RegistrationArrange.Person("kurz@verein.example", "Kurz Gespeichert"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
            await db.Registrations.ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RegistrationStatus.Confirmed).SetProperty(x => x.EmailConfirmedAt, DateTime.UtcNow));
        }
        var aylin = await RegistrationOfAsync("aylin@verein.example");
        await (await admin.PostJsonAsync($"/api/events/{@event.Id}/checkins", new { registrationId = aylin.Id })).ReadAsync<JsonElement>();
        var before = await FiguresAsync(admin, @event.Id);

        clock.MoveTo(EventEnds.AddDays(179));
        await RunRetentionAsync();
        var kept = await RegistrationOfAsync("aylin@verein.example");
        var shortGone = await RegistrationsOfEventAsync(other.Id);

        clock.MoveTo(EventEnds.AddDays(181));
        await RunRetentionAsync();
        var after = await FiguresAsync(await LogInAsync(), @event.Id);

        Assert.Equal(("Aylin Demir", "Komme mit Rollstuhl", (DateTime?)null), (kept.Name, kept.Remarks, kept.AnonymisedAt));
        Assert.All(shortGone, r => Assert.Null(r.Email));
        var rows = await RegistrationsOfEventAsync(@event.Id);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Null(r.Email);
            Assert.Equal("", r.Name);
            Assert.Null(r.Organisation);
            Assert.Null(r.Remarks);
            Assert.Null(r.InterpreterLanguage);
            Assert.NotNull(r.AnonymisedAt);
            Assert.NotEqual(aylin.TicketCode, r.TicketCode);
        });
        Assert.Equal(["Ehrenamt", "Verwaltung"], rows.Select(r => r.Perspective).Order());
        Assert.NotNull(rows.Single(r => r.Id == aylin.Id).CheckedInAt);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
            var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.EventId == @event.Id).ToListAsync();
            Assert.NotEmpty(mails);
            Assert.All(mails, m => Assert.Equal(("", 0), (m.To, m.Mime.Length)));
        }
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Attendance, after.Attendance);
    }

    [Fact]
    public async Task Account_emails_with_sign_in_links_are_erased_once_the_links_have_run_out()
    {
        var admin = await LogInAsync();
        (await admin.PostJsonAsync("/api/accounts/invitations", new { email = "neu@kreis.example", displayName = "Neu im Amt" })).EnsureSuccessStatusCode();
        (await host.CreateClient().PostJsonAsync("/api/auth/forgot-password", new { email = ParticipationFactory.AdminEmail })).EnsureSuccessStatusCode();

        await RunRetentionAsync();
        var fresh = await AccountMailsAsync();
        clock.MoveTo(DateTimeOffset.UtcNow.AddDays(8));
        await RunRetentionAsync();
        var expired = await AccountMailsAsync();

        Assert.Equal(2, fresh.Count);
        Assert.All(fresh, m => Assert.NotEmpty(m.Mime));
        Assert.All(expired, m => Assert.Equal(("", 0), (m.To, m.Mime.Length)));
    }

    private async Task<List<OutboxMessage>> AccountMailsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == AccountMails.PasswordResetKind || m.Kind == AccountMails.InvitationKind)
            .ToListAsync();
    }

    private async Task<HttpClient> LogInAsync()
    {
        var client = host.CreateClient();
        var token = await (await client.PostJsonAsync("/api/auth/login",
            new { email = ParticipationFactory.AdminEmail, password = ParticipationFactory.AdminPassword })).ReadAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private async Task RunRetentionAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None);
    }

    private async Task<Registration> RegistrationOfAsync(string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.AsNoTracking().SingleAsync(r => r.Email == email);
    }

    private async Task<List<Registration>> RegistrationsOfEventAsync(Guid eventId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync();
    }

    /// <summary>The counts the attendee summary and the event's documentation show, as text to compare.</summary>
    private static async Task<(string Summary, string Attendance)> FiguresAsync(HttpClient admin, Guid eventId)
    {
        var summary = await (await admin.GetAsync($"/api/events/{eventId}/registrations/summary")).ReadAsync<RegistrationSummary>();
        var documentation = await (await admin.GetAsync($"/api/events/{eventId}/documentation?format=json")).ReadAsync<JsonElement>();
        var attendance = FindProperty(documentation, "attendance") ?? throw new InvalidOperationException("No attendance in the documentation.");
        var figures = new[] { "registered", "checkedIn", "byPerspective" }.Select(name => attendance.GetProperty(name).GetRawText());
        return ($"{JsonSerializer.Serialize(summary.ByStatus)} {JsonSerializer.Serialize(summary.ByPerspective)} {summary.Total}", string.Join(" ", figures));
    }

    private static JsonElement? FindProperty(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name))
                {
                    return property.Value;
                }
                if (FindProperty(property.Value, name) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindProperty(item, name) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}
