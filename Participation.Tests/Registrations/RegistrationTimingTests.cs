using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>Reminders, released places, series sign-ups, and the files organisers download.</summary>
public sealed class RegistrationTimingTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Reminders_go_once_to_confirmed_attendees_and_unconfirmed_places_are_released_to_the_waiting_list()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var soon = DateTimeOffset.UtcNow.AddHours(30);
        var @event = await admin.CreateEventAsync(process.Id, Arrange.Event("Workshop Wohnen")
            .With("startsAt", soon.ToString("O")).With("endsAt", soon.AddHours(3).ToString("O")).With("isPublic", true));
        await admin.OpenRegistrationAsync(@event.Id, capacity: 1);
        var anonymous = factory.CreateClient();
        await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("frueh@verein.example", "Frühe Person"));
        await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("spaet@verein.example", "Späte Person"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        // The first never confirmed in time; both signed up a week ago.
        await db.Registrations.Where(r => r.EventId == @event.Id).ExecuteUpdateAsync(r => r.SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddDays(-7)));
        await db.Registrations.Where(r => r.Email == "frueh@verein.example").ExecuteUpdateAsync(r => r.SetProperty(x => x.ConfirmBy, DateTime.UtcNow.AddMinutes(-1)));
        var service = scope.ServiceProvider.GetRequiredService<RegistrationService>();

        await service.RunHousekeepingAsync(CancellationToken.None);
        var late = await db.Registrations.AsNoTracking().SingleAsync(r => r.Email == "spaet@verein.example");
        Assert.Equal(RegistrationStatus.Pending, late.Status);
        Assert.Equal(RegistrationStatus.Cancelled, (await db.Registrations.AsNoTracking().SingleAsync(r => r.Email == "frueh@verein.example")).Status);

        // Once confirmed, the reminder goes out at the next round, and only once.
        await db.Registrations.Where(r => r.Id == late.Id).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Status, RegistrationStatus.Confirmed).SetProperty(x => x.EmailConfirmedAt, DateTime.UtcNow));
        await service.RunHousekeepingAsync(CancellationToken.None);
        await service.RunHousekeepingAsync(CancellationToken.None);
        var reminders = await db.OutboxMessages.AsNoTracking().Where(m => m.EventId == @event.Id && m.Kind == RegistrationMails.ReminderKind).ToListAsync();
        Assert.Equal("spaet@verein.example", Assert.Single(reminders).To);
    }

    [Fact]
    public async Task One_sign_up_for_a_series_registers_for_each_chosen_workshop_and_one_link_confirms_them_all()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var series = await admin.CreateSeriesAsync(process.Id);
        var first = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Workshop 1").With("seriesId", series.Id));
        var second = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Workshop 2").With("seriesId", series.Id)
            .With("startsAt", "2031-06-10T17:00:00+02:00").With("endsAt", "2031-06-10T20:00:00+02:00"));
        var elsewhere = await admin.OpenEventAsync(process.Id, title: "Nicht in der Reihe");
        await admin.OpenRegistrationAsync(first.Id);
        await admin.OpenRegistrationAsync(second.Id);
        var anonymous = factory.CreateClient();

        var wrong = await anonymous.PostJsonAsync($"/api/series/{series.Id}/registrations",
            new { person = RegistrationArrange.Person("reihe@verein.example"), eventIds = new[] { first.Id, elsewhere.Id } });
        Assert.Contains("eventIds", (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        var receipts = await (await anonymous.PostJsonAsync($"/api/series/{series.Id}/registrations",
            new { person = RegistrationArrange.Person("reihe@verein.example"), eventIds = new[] { first.Id, second.Id } })).ReadAsync<List<RegistrationReceipt>>(HttpStatusCode.Accepted);
        Assert.Equal(2, receipts.Count);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var confirmation = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == "reihe@verein.example" && m.Kind == RegistrationMails.ConfirmKind);
        var message = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(confirmation.Mime));
        await (await anonymous.PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(message.LinkToken("/r/confirm/"))}", null)).ReadAsync<OwnRegistrationResponse>();

        var history = await (await admin.GetAsync($"/api/processes/{process.Id}/attendance?email=Reihe@verein.example")).ReadAsync<List<AttendanceHistoryEntry>>();
        Assert.Equal([("Workshop 1", RegistrationStatus.Confirmed), ("Workshop 2", RegistrationStatus.Confirmed)], history.Select(h => (h.EventTitle, h.Status)));
    }

    [Fact]
    public async Task Organisers_download_the_list_as_csv_and_xlsx_and_print_the_signature_list_and_badges()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, title: "Fachrunde Gesundheit");
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("oezlem@verein.example", "Özlem Şahin").With("needsChildcare", true));

        var csv = await admin.GetAsync($"/api/events/{@event.Id}/registrations?format=csv");
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Name;E-Mail-Adresse;Organisation;Perspektive;Status", csvText.TrimStart('\uFEFF'));
        Assert.Contains("Özlem Şahin;oezlem@verein.example;Integrationsbeirat;Ehrenamt;Bestätigung ausstehend", csvText);
        var xlsx = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations?format=xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        foreach (var print in new[] { "attendance-list.pdf", "badges.pdf" })
        {
            var pdf = await admin.GetAsync($"/api/events/{@event.Id}/{print}");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        }
        var wrongFormat = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations?format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("format", wrongFormat.Errors!.Keys);
    }

    [Fact]
    public async Task Organisers_write_to_confirmed_attendees_and_send_certificates_only_to_those_checked_in_once()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, title: "Beteiligungsabend");
        var walkIn = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/walk-ins", new { name = "Ana Costa", email = "ana@verein.example" }))
            .ReadAsync<CheckInResponse>();
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("nicht-bestaetigt@verein.example"));

        var messaged = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/messages", new { subject = "Raumänderung", body = "Wir treffen uns im Saal 2." }))
            .ReadAsync<MailingReport>();
        var certificates = await (await admin.PostAsync($"/api/events/{@event.Id}/certificates", null)).ReadAsync<MailingReport>();
        var again = await (await admin.PostAsync($"/api/events/{@event.Id}/certificates", null)).ReadAsync<MailingReport>();
        var empty = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/messages", new { subject = "", body = "" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal((1, 1, 0), (messaged.Queued, certificates.Queued, again.Queued));
        Assert.Equal(RegistrationStatus.CheckedIn, walkIn.Status);
        Assert.Contains("subject", empty.Errors!.Keys);
        await using var scope = factory.Services.CreateAsyncScope();
        var certificate = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.EventId == @event.Id && m.Kind == RegistrationMails.CertificateKind);
        var mime = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(certificate.Mime));
        Assert.Equal("ana@verein.example", certificate.To);
        Assert.Contains(mime.Attachments, a => a.ContentType.MimeType == "application/pdf");
    }
}
