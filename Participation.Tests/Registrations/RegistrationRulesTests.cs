using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>Bad input gets a clear answer naming what is wrong, and changes nothing.</summary>
public sealed class RegistrationRulesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task An_invalid_address_and_a_missing_consent_are_named_and_nothing_is_stored()
    {
        var (admin, @event) = await OpenAsync();
        var response = await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("keine-adresse").With("privacyConsent", false));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("email", problem.Errors!.Keys);
        Assert.Contains("privacyConsent", problem.Errors.Keys);
        Assert.Contains("gültige E-Mail-Adresse", problem.Errors["email"][0]);
        Assert.Empty(await (await admin.GetAsync($"/api/events/{@event}/registrations")).ReadAsync<List<RegistrationResponse>>());
    }

    [Fact]
    public async Task A_closed_event_and_a_full_event_without_waiting_list_refuse_with_a_reason()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var closed = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Geschlossen"));
        var full = await admin.OpenEventAsync(process.Id, capacity: 1, waitingList: false, title: "Klein");
        var anonymous = factory.CreateClient();

        var closedProblem = await (await anonymous.RegisterAsync(closed.Id, RegistrationArrange.Person("a@verein.example"))).ProblemAsync(HttpStatusCode.Conflict);
        await (await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person("b@verein.example"))).ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        var fullProblem = await (await anonymous.RegisterAsync(full.Id, RegistrationArrange.Person("c@verein.example"))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("geschlossen", closedProblem.Title!);
        Assert.Contains("ausgebucht", fullProblem.Title!);
        Assert.Single(await (await admin.GetAsync($"/api/events/{full.Id}/registrations")).ReadAsync<List<RegistrationResponse>>());
    }

    [Fact]
    public async Task Registering_twice_with_one_address_keeps_one_registration_and_sends_a_new_link()
    {
        var (admin, @event) = await OpenAsync();
        var anonymous = factory.CreateClient();
        await anonymous.RegisterAsync(@event, RegistrationArrange.Person("Zweimal@Verein.example"));
        await anonymous.RegisterAsync(@event, RegistrationArrange.Person("zweimal@verein.example ", "Jemand anderes"));

        var list = await (await admin.GetAsync($"/api/events/{@event}/registrations")).ReadAsync<List<RegistrationResponse>>();
        var only = Assert.Single(list);
        Assert.Equal(("zweimal@verein.example", "Aylin Demir"), (only.Email, only.Name));
        await using var scope = factory.Services.CreateAsyncScope();
        var mails = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.Where(m => m.EventId == @event).ToListAsync();
        Assert.Equal(2, mails.Count(m => m.Kind == RegistrationMails.ConfirmKind));
    }

    [Fact]
    public async Task Forged_expired_and_wrong_purpose_tokens_are_refused()
    {
        var (_, @event) = await OpenAsync();
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("token@verein.example"));
        await using var scope = factory.Services.CreateAsyncScope();
        var registration = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.SingleAsync(r => r.EventId == @event);
        var tokens = scope.ServiceProvider.GetRequiredService<RegistrationTokens>();
        var manage = tokens.Create(RegistrationTokens.Manage, registration, DateTime.UtcNow.AddDays(1));
        var expired = tokens.Create(RegistrationTokens.Confirm, registration, DateTime.UtcNow.AddMinutes(-1));
        var forged = manage[..^4] + (manage[^4..] == "AAAA" ? "BBBB" : "AAAA");
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/registrations/mine?token={manage}")).StatusCode);
        foreach (var (url, why) in new[]
        {
            ($"/api/registrations/mine?token={forged}", "forged"),
            ($"/api/registrations/mine?token=abc", "garbage"),
            ($"/api/registrations/confirm?token={manage}", "a manage token used to confirm"),
            ($"/api/registrations/confirm?token={expired}", "expired"),
        })
        {
            var response = url.Contains("confirm") ? await anonymous.PostAsync(url, null) : await anonymous.GetAsync(url);
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.True(problem.Title!.Contains("ungültig"), $"{why}: {problem.Title}");
        }
        Assert.Equal(RegistrationStatus.Pending, (await scope.ServiceProvider.GetRequiredService<ParticipationDb>().Registrations.AsNoTracking().SingleAsync(r => r.Id == registration.Id)).Status);
    }

    [Fact]
    public async Task A_csv_import_takes_the_good_lines_and_reports_each_bad_one_by_line()
    {
        var (admin, @event) = await OpenAsync(access: "invitationOnly");
        const string csv = "Name;E-Mail;Organisation;Perspektive\n" +
                           "Fatma Yilmaz;fatma@verein.example;Frauenverein;Migrantenorganisation\n" +
                           "Kein Komma;keine adresse;;\n" +
                           "Jonas Weber;jonas@kreis.example;Landratsamt;Verwaltung\n" +
                           "Doppelt;FATMA@verein.example;;\n";

        var report = await (await admin.PostJsonAsync($"/api/events/{@event}/invitations", new { csv })).ReadAsync<InvitationReport>();

        Assert.Equal(2, report.Invited);
        var bad = Assert.Single(report.Errors);
        Assert.Equal((3, "email"), (bad.Line, bad.Field));
        var list = await (await admin.GetAsync($"/api/events/{@event}/registrations?status=invited")).ReadAsync<List<RegistrationResponse>>();
        Assert.Equal(["fatma@verein.example", "jonas@kreis.example"], list.Select(r => r.Email).Order());
        Assert.Equal("Migrantenorganisation", list.Single(r => r.Email == "fatma@verein.example").Perspective);

        // Invitation only: a stranger is refused, the invited person gets in with the link from the email.
        var stranger = await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("fremd@verein.example"));
        await stranger.ProblemAsync(HttpStatusCode.Forbidden);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var invitation = await db.OutboxMessages.FirstAsync(m => m.EventId == @event && m.To == "jonas@kreis.example");
        var text = (await MimeKit.MimeMessage.LoadAsync(new MemoryStream(invitation.Mime))).TextBody!;
        var token = Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(text, @"invitation=(?<t>[^\s&]+)").Groups["t"].Value);
        var accepted = await (await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("jonas@kreis.example", "Jonas Weber").With("invitation", token)))
            .ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        Assert.Equal((RegistrationStatus.Confirmed, false), (accepted.Status, accepted.EmailConfirmationRequired));
    }

    [Fact]
    public async Task Attendee_data_is_for_organisers_and_the_door_is_for_facilitators()
    {
        var (admin, @event) = await OpenAsync();
        var processId = (await (await admin.GetAsync($"/api/events/{@event}")).ReadAsync<Participation.Api.Events.EventResponse>()).ProcessId;
        var facilitator = await factory.CreateMemberAsync(admin, processId, "facilitator");
        var outsider = await factory.CreateAccountAsync(admin);
        var asFacilitator = facilitator.Client;
        var asOutsider = outsider.Client;
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("tuer@verein.example", "Mira Tür"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/events/{@event}/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asFacilitator.GetAsync($"/api/events/{@event}/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asOutsider.GetAsync($"/api/events/{@event}/checkins/search?q=Mira")).StatusCode);
        var found = await (await asFacilitator.GetAsync($"/api/events/{@event}/checkins/search?q=mira")).ReadAsync<List<CheckInResponse>>();
        var checkedIn = await (await asFacilitator.PostJsonAsync($"/api/events/{@event}/checkins", new { registrationId = found.Single().RegistrationId }))
            .ReadAsync<CheckInResponse>();
        var again = await (await asFacilitator.PostJsonAsync($"/api/events/{@event}/checkins", new { registrationId = found.Single().RegistrationId }))
            .ReadAsync<CheckInResponse>();
        Assert.Equal((RegistrationStatus.CheckedIn, false, true), (checkedIn.Status, checkedIn.WasAlreadyCheckedIn, again.WasAlreadyCheckedIn));
        var unknown = await (await asFacilitator.PostJsonAsync($"/api/events/{@event}/checkins", new { ticketCode = "XXXXXXXXXXXX" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("Ticket", unknown.Title!);
        var walkIn = await (await asFacilitator.PostJsonAsync($"/api/events/{@event}/walk-ins", new { name = "Spontan Gast" })).ReadAsync<CheckInResponse>();
        Assert.Equal(RegistrationStatus.CheckedIn, walkIn.Status);
    }

    [Fact]
    public async Task Someone_on_the_waiting_list_is_checked_in_only_when_the_door_says_so()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 1);
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("platz@verein.example", "Mit Platz"));
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("warte@verein.example", "Auf der Warteliste"));
        var waiting = (await (await admin.GetAsync($"/api/events/{@event.Id}/checkins/search?q=Warteliste")).ReadAsync<List<CheckInResponse>>()).Single();

        var refused = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/checkins", new { registrationId = waiting.RegistrationId }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var forced = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/checkins", new { registrationId = waiting.RegistrationId, force = true }))
            .ReadAsync<CheckInResponse>();

        Assert.Contains("Warteliste", refused.Errors!["force"][0]);
        Assert.Equal(RegistrationStatus.CheckedIn, forced.Status);
    }

    [Fact]
    public async Task Emails_are_written_in_the_language_the_attendee_chose_or_the_page_was_read_in()
    {
        var (_, @event) = await OpenAsync();
        var english = factory.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("chose@verein.example").With("language", "en"));
        await english.RegisterAsync(@event, RegistrationArrange.Person("browser@verein.example"));
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("deutsch@verein.example"));

        await using var scope = factory.Services.CreateAsyncScope();
        var subjects = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.AsNoTracking()
            .Where(m => m.EventId == @event).ToDictionaryAsync(m => m.To, m => m.Subject);
        Assert.StartsWith("Please confirm your registration", subjects["chose@verein.example"]);
        Assert.StartsWith("Please confirm your registration", subjects["browser@verein.example"]);
        Assert.StartsWith("Bitte bestätigen Sie Ihre Anmeldung", subjects["deutsch@verein.example"]);
    }

    [Fact]
    public async Task An_organiser_corrects_a_mistyped_address_and_only_the_new_one_gets_working_links()
    {
        var (admin, @event) = await OpenAsync();
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("tippfehler@verein.exmaple", "Nadia Rahimi"));
        await factory.CreateClient().RegisterAsync(@event, RegistrationArrange.Person("andere@verein.example", "Andere Person"));
        var registration = (await (await admin.GetAsync($"/api/events/{@event}/registrations?search=Nadia")).ReadAsync<List<RegistrationResponse>>()).Single();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var oldLink = await ConfirmTokenAsync(db, "tippfehler@verein.exmaple");

        var taken = await (await admin.PutJsonAsync($"/api/registrations/{registration.Id}", new { name = "Nadia Rahimi", email = "andere@verein.example" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var corrected = await (await admin.PutJsonAsync($"/api/registrations/{registration.Id}", new { name = "Nadia Rahimi", email = "Nadia@Verein.example" }))
            .ReadAsync<RegistrationResponse>();

        Assert.Contains("email", taken.Errors!.Keys);
        Assert.Equal("nadia@verein.example", corrected.Email);
        await (await factory.CreateClient().PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(oldLink)}", null)).ProblemAsync(HttpStatusCode.NotFound);
        var confirmed = await (await factory.CreateClient().PostAsync(
            $"/api/registrations/confirm?token={Uri.EscapeDataString(await ConfirmTokenAsync(db, "nadia@verein.example"))}", null)).ReadAsync<OwnRegistrationResponse>();
        Assert.Equal(RegistrationStatus.Confirmed, confirmed.Status);
        // The attendee's own link never changes the address.
        var manage = scope.ServiceProvider.GetRequiredService<RegistrationTokens>().Create(RegistrationTokens.Manage,
            await db.Registrations.AsNoTracking().SingleAsync(r => r.Id == registration.Id), DateTime.UtcNow.AddDays(1));
        var own = await (await factory.CreateClient().PutJsonAsync($"/api/registrations/mine?token={Uri.EscapeDataString(manage)}",
            new { name = "Nadia R.", email = "fremd@verein.example" })).ReadAsync<OwnRegistrationResponse>();
        Assert.Equal(("Nadia R.", "nadia@verein.example"), (own.Name, own.Email));
    }

    private static async Task<string> ConfirmTokenAsync(ParticipationDb db, string to)
    {
        var row = await db.OutboxMessages.AsNoTracking().Where(m => m.To == to && m.Kind == RegistrationMails.ConfirmKind).OrderByDescending(m => m.CreatedAt).FirstAsync();
        return (await MimeKit.MimeMessage.LoadAsync(new MemoryStream(row.Mime))).LinkToken("/r/confirm/");
    }

    private async Task<(HttpClient Admin, Guid Event)> OpenAsync(string access = "open")
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        return (admin, (await admin.OpenEventAsync(process.Id, access: access)).Id);
    }
}
