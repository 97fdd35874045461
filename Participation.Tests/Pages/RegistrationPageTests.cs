using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Pages;

/// <summary>The attendee's pages without script: the public form, the confirmation link and the manage link.</summary>
public sealed partial class RegistrationPageTests : IAsyncLifetime
{
    // Emails go to .eml files; the sender address must be valid for the app to start.
    private readonly ParticipationFactory factory = new() { Settings = new() { ["Participation:Smtp:From"] = "beteiligung@kreis.example" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private HttpClient Visitor()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    /// <summary>Opens the page as a browser would, then posts its form with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string url, Dictionary<string, string> fields, string? postUrl = null, IEnumerable<(string, string)>? repeated = null)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The page has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value);
        var all = fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Concat((repeated ?? []).Select(r => KeyValuePair.Create(r.Item1, r.Item2)));
        return await client.PostAsync(postUrl ?? url, new FormUrlEncodedContent(all));
    }

    private static Dictionary<string, string> Person(string email, bool consent = true)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = "Aylin Demir", ["email"] = email, ["organisation"] = "Integrationsbeirat", ["perspective"] = "Ehrenamt",
            ["language"] = "de", ["interpreterLanguage"] = "Arabisch", ["needsChildcare"] = "true",
        };
        if (consent)
        {
            fields["privacyConsent"] = "true";
        }
        return fields;
    }

    private async Task<List<RegistrationResponse>> RegistrationsAsync(HttpClient admin, Guid eventId) =>
        await (await admin.GetAsync($"/api/events/{eventId}/registrations")).ReadAsync<List<RegistrationResponse>>();

    [Fact]
    public async Task The_public_form_without_consent_shows_the_consent_error_and_registers_nobody()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 10);

        var response = await PostFormAsync(Visitor(), $"/events/{@event.Id}", Person("ohne-zustimmung@verein.example", consent: false));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"privacyConsent-error\"", html);
        Assert.Contains("Bitte stimmen Sie der Verarbeitung Ihrer Daten zu", html);
        Assert.Contains("value=\"Aylin Demir\"", html);
        Assert.Empty(await RegistrationsAsync(admin, @event.Id));
    }

    [Fact]
    public async Task A_good_sign_up_redirects_to_the_check_your_email_page_and_the_registration_exists()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 10);
        var visitor = Visitor();

        var before = await visitor.GetStringAsync($"/events/{@event.Id}");
        var response = await PostFormAsync(visitor, $"/events/{@event.Id}", Person("gut@verein.example"));

        Assert.Contains("noch 10 Plätze frei", before);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/registered/confirm", response.Headers.Location!.OriginalString);
        Assert.Contains("Bestätigungslink", await visitor.GetStringAsync(response.Headers.Location.OriginalString));
        var registration = Assert.Single(await RegistrationsAsync(admin, @event.Id));
        Assert.Equal(("gut@verein.example", "Aylin Demir", RegistrationStatus.Pending), (registration.Email, registration.Name, registration.Status));
        Assert.Equal(("Arabisch", true), (registration.InterpreterLanguage, registration.NeedsChildcare));
    }

    [Fact]
    public async Task A_refusal_that_is_no_fields_fault_is_shown_as_a_message_on_the_page()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 1, waitingList: false);
        var visitor = Visitor();
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(visitor, $"/events/{@event.Id}", Person("erste@verein.example"))).StatusCode);

        var page = await visitor.GetStringAsync($"/events/{@event.Id}");

        Assert.Contains("Die Veranstaltung ist ausgebucht.", page);
        Assert.DoesNotContain("name=\"privacyConsent\"", page);
    }

    [Fact]
    public async Task An_invalid_confirmation_link_is_a_readable_not_found_page()
    {
        var response = await Visitor().GetAsync("/r/confirm/kaputt-oder-abgelaufen");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Dieser Link ist ungültig, abgelaufen oder wurde durch einen neueren ersetzt.", html);
        Assert.Contains("<html lang=\"de\"", html);
    }

    [Fact]
    public async Task The_manage_page_changes_the_details_offers_the_calendar_and_cancels_after_a_second_step()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 10);
        var visitor = Visitor();
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(visitor, $"/events/{@event.Id}", Person("verwalten@verein.example"))).StatusCode);
        var url = $"/r/{Uri.EscapeDataString(await ManageTokenAsync(@event.Id, "verwalten@verein.example"))}";

        var changed = await PostFormAsync(visitor, url, new Dictionary<string, string>
        {
            ["name"] = "Aylin Demir-Kaya", ["organisation"] = "Stadtteilverein", ["language"] = "en", ["needsSignLanguage"] = "true",
        });
        var calendar = await visitor.GetAsync($"{url}?handler=calendar");
        var step = await visitor.GetStringAsync($"{url}?handler=cancel");
        var cancelled = await PostFormAsync(visitor, $"{url}?handler=cancel", [], $"{url}?handler=cancel");
        var after = await visitor.GetStringAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BEGIN:VEVENT", await calendar.Content.ReadAsStringAsync());
        Assert.Contains("Anmeldung wirklich absagen?", step);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Abgesagt", after);
        var registration = Assert.Single(await RegistrationsAsync(admin, @event.Id));
        Assert.Equal(("Aylin Demir-Kaya", "Stadtteilverein", "en", true), (registration.Name, registration.Organisation, registration.Language, registration.NeedsSignLanguage));
        Assert.Equal(RegistrationStatus.Cancelled, registration.Status);
    }

    [Fact]
    public async Task An_invalid_manage_link_is_a_readable_not_found_page()
    {
        var response = await Visitor().GetAsync("/r/gefaelscht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Dieser Link ist ungültig", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_invitation_link_says_so_and_an_internal_event_stays_hidden()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var open = await admin.OpenEventAsync(process.Id, capacity: 10);
        var internalEvent = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Fokusgruppe", isPublic: false));

        var onPublic = await Visitor().GetStringAsync($"/events/{open.Id}?invitation=abgelaufen");
        var onInternal = await Visitor().GetAsync($"/events/{internalEvent.Id}?invitation=abgelaufen");

        Assert.Contains("Ihr Einladungslink ist ungültig oder abgelaufen.", onPublic);
        Assert.Equal(HttpStatusCode.NotFound, onInternal.StatusCode);
        var hidden = await onInternal.Content.ReadAsStringAsync();
        Assert.Contains("Ihr Einladungslink ist ungültig oder abgelaufen.", hidden);
        Assert.DoesNotContain("Fokusgruppe", hidden);
    }

    [Fact]
    public async Task The_series_page_signs_up_for_the_chosen_events_with_one_form()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var series = await admin.CreateSeriesAsync(process.Id, "Workshopreihe Sprache");
        var first = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Workshop 1").With("seriesId", series.Id));
        var second = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Workshop 2").With("seriesId", series.Id));
        await admin.OpenRegistrationAsync(first.Id, capacity: 10);
        await admin.OpenRegistrationAsync(second.Id, capacity: 10);
        var visitor = Visitor();

        var eventPage = await visitor.GetStringAsync($"/events/{first.Id}");
        var none = await PostFormAsync(visitor, $"/series/{series.Id}", Person("reihe@verein.example"));
        var fields = Person("reihe@verein.example");
        var both = await PostFormAsync(visitor, $"/series/{series.Id}",
            fields, null, [("eventIds", first.Id.ToString()), ("eventIds", second.Id.ToString())]);

        Assert.Contains($"href=\"/series/{series.Id}\"", eventPage);
        Assert.Contains("id=\"eventIds-error\"", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, both.StatusCode);
        Assert.Equal(RegistrationStatus.Pending, Assert.Single(await RegistrationsAsync(admin, first.Id)).Status);
        Assert.Equal(RegistrationStatus.Pending, Assert.Single(await RegistrationsAsync(admin, second.Id)).Status);
    }

    [Fact]
    public async Task An_invitation_link_opens_an_internal_invitation_only_event_with_the_address_fixed()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Fokusgruppe Sprache", isPublic: false));
        await admin.OpenRegistrationAsync(@event.Id, capacity: 5, access: "invitationOnly");
        var invited = await admin.PostJsonAsync($"/api/events/{@event.Id}/invitations",
            new { csv = "name,email,organisation\nAylin Demir,eingeladen@verein.example,Integrationsbeirat\n" });
        Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        var url = $"/events/{@event.Id}?invitation={Uri.EscapeDataString(await TokenAsync(RegistrationTokens.Invitation, @event.Id, "eingeladen@verein.example"))}";
        var visitor = Visitor();

        var page = await visitor.GetStringAsync(url);
        var fields = Person("jemand-anderes@verein.example");
        fields["name"] = "Aylin Demir";
        var response = await PostFormAsync(visitor, url, fields);

        Assert.Contains("<h1 dir=\"auto\">Fokusgruppe Sprache</h1>", page);
        Assert.Matches("<input(?=[^>]*readonly)(?=[^>]*value=\"eingeladen@verein.example\")[^>]*>", page);
        Assert.Contains("value=\"Integrationsbeirat\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/registered/ticket", response.Headers.Location!.OriginalString);
        var registration = Assert.Single(await RegistrationsAsync(admin, @event.Id));
        Assert.Equal(("eingeladen@verein.example", RegistrationStatus.Confirmed), (registration.Email, registration.Status));
    }

    /// <summary>The token the emails carry, made by the app's own token service (the email tests follow the real email).</summary>
    private Task<string> ManageTokenAsync(Guid eventId, string email) => TokenAsync(RegistrationTokens.Manage, eventId, email);

    private async Task<string> TokenAsync(string purpose, Guid eventId, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == eventId && r.Email == email);
        return scope.ServiceProvider.GetRequiredService<RegistrationTokens>().Create(purpose, registration, DateTime.UtcNow.AddDays(30));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
