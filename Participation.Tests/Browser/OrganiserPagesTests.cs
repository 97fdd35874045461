using Microsoft.Playwright;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

public sealed class OrganiserPagesTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_organiser_logs_in_and_plans_a_process_with_an_area_and_an_event_through_the_pages()
    {
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/organise");
        Assert.EndsWith("/login?ReturnUrl=%2Forganise", page.Url);
        await page.LogInAsAdminAsync();
        await page.WaitForURLAsync("**/organise");

        await page.ClickAsync("text=Neuer Beteiligungsprozess");
        await page.FillAsync("#title", "Integrationskonzept Landkreis X 2026");
        await page.FillAsync("#organisation", "Landkreis X, Koordinierungsstelle Integration");
        await page.ClickAsync("button:has-text('Anlegen')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Integrationskonzept Landkreis X 2026");

        await page.ClickAsync("text=Handlungsfeld hinzufügen");
        await page.FillAsync("#name", "Sprache");
        await page.ClickAsync("button:has-text('Anlegen')");
        await Assertions.Expect(page.Locator("section[aria-labelledby=areas-heading]")).ToContainTextAsync("Sprache");

        await page.ClickAsync("text=Veranstaltung planen");
        await page.FillAsync("#title", "Zukunftskonferenz Integration");
        await page.SelectOptionAsync("#kind", "Conference");
        await page.FillAsync("#startsAt", "2027-03-13T09:30");
        await page.FillAsync("#endsAt", "2027-03-13T16:00");
        await page.FillAsync("#capacity", "75");
        await page.ClickAsync("button:has-text('Anlegen')");

        // Without a venue or online link the form comes back with the API's message next to the field.
        await Assertions.Expect(page.Locator("#venue-error")).ToHaveTextAsync("Geben Sie einen Veranstaltungsort oder einen Online-Link an.");
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Zukunftskonferenz Integration");

        await page.FillAsync("#venue", "Kreishaus, Großer Sitzungssaal");
        await page.CheckAsync("label:has-text('Sprache') input");
        await page.CheckAsync("input[name=isPublic]");
        await page.ClickAsync("button:has-text('Anlegen')");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Zukunftskonferenz Integration");
        var facts = page.Locator("dl.facts").First;
        await Assertions.Expect(facts).ToContainTextAsync("Samstag, 13. März 2027, 09:30–16:00");
        await Assertions.Expect(facts).ToContainTextAsync("Kreishaus, Großer Sitzungssaal");
        await Assertions.Expect(facts).ToContainTextAsync("75");
        await Assertions.Expect(facts).ToContainTextAsync("Sprache");

        await page.ClickAsync("text=Öffentliche Seite");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Zukunftskonferenz Integration");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }
}
