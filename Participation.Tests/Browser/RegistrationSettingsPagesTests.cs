using Microsoft.Playwright;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Browser;

public sealed class RegistrationSettingsPagesTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_organiser_opens_registration_on_the_settings_page_and_sees_its_state_on_the_event_page()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var created = await admin.CreateEventAsync(process.Id, RegistrationArrange.FutureEvent("Fokusgruppe Ehrenamt"));
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/organise/events/{created.Id}");
        await page.LogInAsAdminAsync();

        var state = page.Locator("#registration-state");
        await Assertions.Expect(state).ToContainTextAsync("Geschlossen");
        await page.ClickAsync("text=Anmeldung einstellen");
        await page.CheckAsync("input[name=isOpen][value=true]");
        await page.FillAsync("#capacity", "12");
        await page.FillAsync("#closesAt", "2031-05-09T18:00");
        await page.ClickAsync("button:has-text('Speichern')");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Fokusgruppe Ehrenamt");
        await Assertions.Expect(state).ToContainTextAsync("Geöffnet, Anmeldung jetzt möglich");
        await Assertions.Expect(state).ToContainTextAsync("12");
        await Assertions.Expect(state).ToContainTextAsync("09.05.2031, 18:00");

        await page.ClickAsync("section[aria-labelledby=registration-heading] a:text-is('Teilnehmende')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Teilnehmende: Fokusgruppe Ehrenamt");
    }
}
