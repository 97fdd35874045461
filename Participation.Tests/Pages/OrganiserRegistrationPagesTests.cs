using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Pages;

/// <summary>The organiser's registration pages through plain HTTP with the login cookie, as a browser without script uses them.</summary>
public sealed partial class OrganiserRegistrationPagesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Settings_with_registration_closing_before_it_opens_show_the_error_next_to_the_field_and_change_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent());
        var pages = await factory.PageClientAsync();

        var response = await pages.PostFormAsync($"/organise/events/{created.Id}/registration", new()
        {
            ["isOpen"] = "true", ["opensAt"] = "2031-05-05T10:00", ["closesAt"] = "2031-05-01T10:00", ["capacity"] = "40",
            ["keepsWaitingList"] = "true", ["access"] = "Open", ["sendsReminder"] = "false", ["reminderHoursBefore"] = "48",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("""<p class="error" id="closesAt-error">[^<]+</p>""", html);
        Assert.Contains("class=\"error-summary\"", html);
        var settings = await (await admin.GetAsync($"/api/events/{created.Id}/registration-settings")).ReadAsync<RegistrationSettingsResponse>();
        Assert.False(settings.IsOpen);
        Assert.Null(settings.OpensAt);
        Assert.NotEqual(40, settings.Capacity);
    }

    [Fact]
    public async Task Valid_settings_open_registration_in_the_events_time_zone()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent());
        var pages = await factory.PageClientAsync();

        var response = await pages.PostFormAsync($"/organise/events/{created.Id}/registration", new()
        {
            ["isOpen"] = "true", ["opensAt"] = "2026-01-05T10:00", ["closesAt"] = "2031-05-01T18:00", ["capacity"] = "40",
            ["keepsWaitingList"] = "false", ["access"] = "InvitationOnly", ["sendsReminder"] = "false", ["reminderHoursBefore"] = "24",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = await (await admin.GetAsync($"/api/events/{created.Id}/registration-settings")).ReadAsync<RegistrationSettingsResponse>();
        Assert.True(settings.IsOpen);
        Assert.Equal(new DateTimeOffset(2031, 5, 1, 18, 0, 0, TimeSpan.FromHours(2)), settings.ClosesAt);
        Assert.Equal(40, settings.Capacity);
        Assert.False(settings.KeepsWaitingList);
        Assert.Equal(RegistrationAccess.InvitationOnly, settings.Access);
        Assert.False(settings.SendsReminder);
    }

    [Fact]
    public async Task The_attendee_list_shows_registered_people_and_its_filters_narrow_it()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        var visitor = factory.CreateClient();
        (await visitor.RegisterAsync(created.Id, RegistrationArrange.Person($"aylin-{Guid.NewGuid():N}@example.org"))).EnsureSuccessStatusCode();
        var boris = RegistrationArrange.Person($"boris-{Guid.NewGuid():N}@example.org", "Boris Petrow");
        boris["perspective"] = "Verwaltung";
        boris["organisation"] = "Landratsamt";
        boris["needsChildcare"] = true;
        (await visitor.RegisterAsync(created.Id, boris)).EnsureSuccessStatusCode();
        var pages = await factory.PageClientAsync();
        var list = $"/organise/events/{created.Id}/attendees";

        var all = await pages.GetStringAsync(list);
        var byPerspective = await pages.GetStringAsync($"{list}?perspective=Verwaltung");
        var bySearch = await pages.GetStringAsync($"{list}?search=aylin");
        var byStatus = await pages.GetStringAsync($"{list}?status=CheckedIn");

        Assert.Contains("<span class=\"name\">Aylin Demir</span>", all);
        Assert.Contains("<span class=\"name\">Boris Petrow</span>", all);
        Assert.Contains("Kinderbetreuung", all);
        Assert.Contains("<th scope=\"row\">Verwaltung</th><td>1</td>", all);
        Assert.Contains("<th scope=\"row\">Unbestätigt</th><td>2</td>", all);
        Assert.DoesNotContain("<span class=\"name\">Aylin Demir</span>", byPerspective);
        Assert.Contains("<span class=\"name\">Boris Petrow</span>", byPerspective);
        Assert.Contains("<span class=\"name\">Aylin Demir</span>", bySearch);
        Assert.DoesNotContain("<span class=\"name\">Boris Petrow</span>", bySearch);
        Assert.DoesNotContain("<span class=\"name\">Aylin Demir</span>", byStatus);
        Assert.DoesNotContain("<span class=\"name\">Boris Petrow</span>", byStatus);
    }

    [Fact]
    public async Task The_csv_link_of_the_attendee_list_downloads_the_header_and_the_person()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        (await factory.CreateClient().RegisterAsync(created.Id, RegistrationArrange.Person($"aylin-{Guid.NewGuid():N}@example.org"))).EnsureSuccessStatusCode();
        var pages = await factory.PageClientAsync();

        var html = await pages.GetStringAsync($"/organise/events/{created.Id}/attendees?perspective=Ehrenamt");
        var link = WebUtility.HtmlDecode(CsvLink().Match(html).Groups["url"].Value);
        var csv = await pages.GetAsync(link);

        Assert.Equal($"/api/events/{created.Id}/registrations?perspective=Ehrenamt&format=csv", link);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name", lines[0]);
        Assert.Contains("E-Mail", lines[0]);
        Assert.Contains(lines, l => l.Contains("Aylin Demir") && l.Contains("Integrationsbeirat"));
    }

    [Fact]
    public async Task Inviting_by_csv_reports_the_bad_line_and_invites_the_good_one()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        var good = $"good-{Guid.NewGuid():N}@example.org";
        var pages = await factory.PageClientAsync();

        var response = await pages.InviteAsync(created.Id, $"email;name;organisation\n{good};Gül Yilmaz;Frauencafé\nkein-at-zeichen;Max Muster;Verein\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<dd id=\"invited-count\">1</dd>", html);
        Assert.Contains("<dd id=\"already-count\">0</dd>", html);
        Assert.Matches("""<tr><th scope="row">3</th><td>email</td><td>[^<]*kein-at-zeichen[^<]*</td></tr>""", html);
        Assert.DoesNotContain("<th scope=\"row\">2</th>", html);
        var invited = await (await admin.GetAsync($"/api/events/{created.Id}/registrations?status=invited")).ReadAsync<List<RegistrationResponse>>();
        var person = Assert.Single(invited);
        Assert.Equal(good, person.Email);
        Assert.Equal("Gül Yilmaz", person.Name);
    }

    [Fact]
    public async Task The_emails_page_lists_the_invitation_and_sending_it_again_queues_it()
    {
        // Without the sender nothing leaves the outbox, so the states the test sets stay until the page changes them.
        await using var own = new ParticipationFactory();
        var quiet = own.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            var sender = services.Single(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationFactory?.Method.DeclaringType?.FullName?.Contains(nameof(RegistrationSetup)) == true);
            services.Remove(sender);
        }));
        var admin = quiet.CreateClient();
        var token = await (await admin.PostJsonAsync("/api/auth/login", new { email = ParticipationFactory.AdminEmail, password = ParticipationFactory.AdminPassword }))
            .ReadAsync<TokenResponse>();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        var guest = $"guest-{Guid.NewGuid():N}@example.org";
        (await admin.PostJsonAsync($"/api/events/{created.Id}/invitations", new { addresses = guest })).EnsureSuccessStatusCode();
        using (var scope = quiet.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
            var message = db.OutboxMessages.Single(m => m.To == guest);
            message.State = OutboxState.Failed;
            message.Attempts = 8;
            message.LastError = "550 Mailbox unavailable";
            await db.SaveChangesAsync();
        }
        var pages = await PageClients.PageClientAsync(quiet);

        var list = await pages.GetStringAsync($"/organise/processes/{process.Id}/emails");
        var emailUrl = EmailLink().Match(list).Value;
        var failed = await pages.GetStringAsync($"/organise/processes/{process.Id}/emails?state=Failed");
        var queuedBefore = await pages.GetStringAsync($"/organise/processes/{process.Id}/emails?state=Queued");
        var resent = await pages.PostFormAsync(emailUrl, [], $"{emailUrl}?handler=Resend");
        var after = await pages.GetStringAsync(emailUrl);

        Assert.Contains(guest, list);
        Assert.Contains("550 Mailbox unavailable", list);
        Assert.Contains("Fehlgeschlagen", list);
        Assert.Contains(guest, failed);
        Assert.DoesNotContain(guest, queuedBefore);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Contains("<dd id=\"email-state\">Wartet auf Versand</dd>", after);
        Assert.Contains(guest, await pages.GetStringAsync($"/organise/processes/{process.Id}/emails?state=Queued"));
        using (var scope = quiet.Services.CreateScope())
        {
            var message = scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.Single(m => m.To == guest);
            Assert.Equal(OutboxState.Queued, message.State);
            Assert.Equal(0, message.Attempts);
            Assert.Null(message.LastError);
        }
    }


    [Fact]
    public async Task An_organiser_corrects_a_registration_sees_the_persons_history_and_cancels_it()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        var email = $"aylin-{Guid.NewGuid():N}@example.org";
        (await factory.CreateClient().RegisterAsync(created.Id, RegistrationArrange.Person(email))).EnsureSuccessStatusCode();
        var id = (await (await admin.GetAsync($"/api/events/{created.Id}/registrations")).ReadAsync<List<RegistrationResponse>>()).Single().Id;
        var pages = await factory.PageClientAsync();

        var empty = await pages.PostFormAsync($"/organise/registrations/{id}", new() { ["name"] = "", ["language"] = "de" });
        var saved = await pages.PostFormAsync($"/organise/registrations/{id}", new()
        {
            ["name"] = "Aylin Demir-Kaya", ["organisation"] = "Integrationsbeirat", ["perspective"] = "Politik", ["language"] = "en",
            ["needsChildcare"] = "true", ["dietaryNeeds"] = "vegetarisch",
        });
        var history = await pages.GetStringAsync($"/organise/processes/{process.Id}/attendance?email={Uri.EscapeDataString(email)}");
        var cancelled = await pages.PostFormAsync($"/organise/registrations/{id}/cancel", []);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("id=\"name-error\"", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Zukunftskonferenz", history);
        Assert.Contains("Unbestätigt", history);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await (await admin.GetAsync($"/api/registrations/{id}")).ReadAsync<RegistrationResponse>();
        Assert.Equal("Aylin Demir-Kaya", after.Name);
        Assert.Equal("Politik", after.Perspective);
        Assert.Equal("en", after.Language);
        Assert.True(after.NeedsChildcare);
        Assert.Equal(RegistrationStatus.Cancelled, after.Status);
    }

    [Fact]
    public async Task A_message_to_attendees_needs_a_subject_and_is_queued_for_everyone_coming()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.OpenEventAsync(process.Id);
        var pages = await factory.PageClientAsync();
        var page = $"/organise/events/{created.Id}/message";

        var missing = await pages.PostFormAsync(page, new() { ["subject"] = "", ["body"] = "Bitte bringen Sie Ihre Ideen mit." });
        var sent = await pages.PostFormAsync(page, new() { ["subject"] = "Anreise", ["body"] = "Bitte bringen Sie Ihre Ideen mit." });
        var certificates = await pages.PostFormAsync(page, [], $"{page}?handler=Certificates");

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("id=\"subject-error\"", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, certificates.StatusCode);
    }

    [GeneratedRegex("""href="(?<url>[^"]+format=csv)" """)]
    private static partial Regex CsvLink();

    [GeneratedRegex("/organise/emails/[0-9a-f-]{36}")]
    private static partial Regex EmailLink();
}

internal static class InvitePages
{
    public static async Task<HttpResponseMessage> InviteAsync(this HttpClient pages, Guid eventId, string csv)
    {
        var page = $"/organise/events/{eventId}/invite";
        var token = await pages.TokenAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(""), "addresses" },
            { new StringContent("de"), "language" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "csv", "einladungen.csv" },
        };
        return await pages.PostAsync(page, form);
    }
}
