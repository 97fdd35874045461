using Microsoft.Playwright;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

public sealed class ConceptPagesBrowserTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_reader_scans_a_section_contributes_and_after_the_organiser_publishes_it_sees_and_supports_the_contribution()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var section = await admin.CreateSectionAsync(document.Id);
        await using var phoneContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var phone = await phoneContext.NewPageAsync();

        await phone.GotoAsync(new Uri(section.Url).PathAndQuery);
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("3.2 Sprache und Bildung");
        await phone.CheckAsync("label:has-text('Ergänzungsvorschlag') input");
        await phone.FillAsync("#text", "Kurse auch am Abend, für Berufstätige.");
        await phone.FillAsync("#authorName", "Aylin");
        await phone.CheckAsync("#privacyConsent");
        await phone.ClickAsync("button:has-text('Beitrag senden')");
        await Assertions.Expect(phone.Locator(".notice[role=status]")).ToContainTextAsync("sobald das Team ihn gelesen hat");
        await Assertions.Expect(phone.Locator("#contributions-heading + p.empty")).ToBeVisibleAsync();

        await using var organiserContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var organiser = await organiserContext.NewPageAsync();
        await organiser.GotoAsync("/login");
        await organiser.LogInAsAdminAsync();
        await organiser.WaitForURLAsync("**/organise");
        await organiser.GotoAsync($"/organise/documents/{document.Id}");
        await organiser.ClickAsync("text=Beiträge prüfen");
        var item = organiser.Locator("li.card", new() { HasText = "Kurse auch am Abend" });
        await Assertions.Expect(item).ToContainTextAsync("wartet auf Prüfung");
        await item.Locator("button:has-text('Veröffentlichen')").ClickAsync();
        await Assertions.Expect(organiser.Locator(".notice[role=status]")).ToHaveTextAsync("Der Beitrag ist veröffentlicht.");

        await phone.GotoAsync(new Uri(section.Url).PathAndQuery);
        var shown = phone.Locator("li.card", new() { HasText = "Kurse auch am Abend, für Berufstätige." });
        await Assertions.Expect(shown).ToContainTextAsync("Aylin");
        await Assertions.Expect(shown).ToContainTextAsync("0 Unterstützungen");
        await shown.Locator("button:has-text('Unterstützen')").ClickAsync();
        await Assertions.Expect(phone.Locator(".notice[role=status]")).ToHaveTextAsync("Danke, Ihre Unterstützung zählt.");
        await Assertions.Expect(phone.Locator("li.card", new() { HasText = "Kurse auch am Abend" })).ToContainTextAsync("1 Unterstützungen");
    }
}
