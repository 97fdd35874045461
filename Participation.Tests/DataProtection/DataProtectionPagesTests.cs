using System.Net;
using Participation.Api.DataProtection;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>The pages of data protection, as a browser without script uses them.</summary>
public sealed class DataProtectionPagesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task An_organiser_saves_a_notice_on_the_page_and_the_registration_form_shows_its_sentence_and_links_the_public_notice()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var pages = await factory.PageClientAsync();

        var saved = await pages.PostFormAsync($"/organise/processes/{process.Id}/privacy", new()
        {
            ["notice"] = "Verantwortlich ist der Landkreis Testland.\n\nDatenschutzbeauftragte: dsb@kreis.example", ["consentText"] = "Ich bin mit der Verarbeitung <einverstanden>.",
        });
        var form = await factory.CreateClient().GetStringAsync($"/events/{@event.Id}");
        var notice = await factory.CreateClient().GetStringAsync($"/processes/{process.Id}/privacy");
        var editor = await pages.GetStringAsync($"/organise/processes/{process.Id}/privacy");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Ich bin mit der Verarbeitung &lt;einverstanden&gt;.", form);
        Assert.Contains("""<input type="hidden" name="consentVersion" value="1">""", form);
        Assert.Contains($"""href="/processes/{process.Id}/privacy""", form);
        Assert.Contains("<p>Datenschutzbeauftragte: dsb@kreis.example</p>", notice);
        Assert.Contains("lang=\"de\"", notice);
        Assert.Contains("id=\"privacy-versions\"", editor);
    }

    [Fact]
    public async Task Looking_up_an_address_on_the_page_shows_the_registrations_and_is_audited_and_the_page_erases_them()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var email = $"seite-{Guid.NewGuid():N}@verein.example";
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person(email, "Mina Rahimi"));
        var pages = await factory.PageClientAsync();

        var form = new Dictionary<string, string> { ["email"] = email };
        var found = await (await pages.PostFormAsync("/organise/data-requests", form, "/organise/data-requests?handler=Find")).Content.ReadAsStringAsync();
        var export = await pages.PostFormAsync("/organise/data-requests", form, "/organise/data-requests?handler=Export");
        var erased = await pages.PostFormAsync("/organise/data-requests", form, "/organise/data-requests?handler=Erase");
        var after = await (await pages.PostFormAsync("/organise/data-requests", form, "/organise/data-requests?handler=Find")).Content.ReadAsStringAsync();
        var log = await (await admin.GetAsync("/api/audit")).ReadAsync<AuditPage>();

        Assert.Contains("Mina Rahimi", found);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mina Rahimi", await export.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.DoesNotContain("@", erased.Headers.Location?.ToString() ?? "");
        Assert.DoesNotContain("Mina Rahimi", after);
        Assert.Contains(log.Entries, e => e.Action.Contains("DataRequests:Find") && e.Method == "POST" && e.Detail == "registrations=1 emails=1");
        Assert.Contains(log.Entries, e => e.Action.Contains("DataRequests:Erase") && e.Detail == "registrations=1 emails=1");
    }

    [Fact]
    public async Task The_audit_page_leads_on_to_older_entries()
    {
        await using var small = new ParticipationFactory { Settings = { ["Participation:DataProtection:AuditPageSize"] = "10" } };
        var admin = await small.AdminClientAsync();
        for (var i = 0; i < 12; i++)
        {
            await admin.CreateProcessAsync();
        }
        var pages = await small.PageClientAsync();

        var newest = await pages.GetStringAsync("/organise/audit");
        var older = await pages.GetStringAsync("/organise/audit?p=2");

        Assert.Equal(10, Rows(newest));
        Assert.InRange(Rows(older), 2, 9);
        Assert.Contains("/organise/audit?p=2", newest);
        Assert.Contains("/organise/audit?p=1", older);
    }

    private static int Rows(string html) =>
        html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)].Split("<tr>").Length - 1;
}
