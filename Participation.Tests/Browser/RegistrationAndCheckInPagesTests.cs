using Microsoft.Playwright;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Browser;

/// <summary>An attendee signs up and confirms by the emailed link; at the door a facilitator types the ticket code.</summary>
public sealed class RegistrationAndCheckInPagesTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private SmtpTestServer smtp = null!;
    private ParticipationFactory factory = null!;
    private string baseUrl = "";

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
        baseUrl = factory.StartOnKestrel();
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_person_registers_confirms_by_email_and_is_welcomed_once_at_the_door()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 20, title: "Zukunftskonferenz Integration");

        await using var attendee = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = baseUrl });
        var page = await attendee.NewPageAsync();
        await page.GotoAsync($"/events/{@event.Id}");
        await page.FillAsync("#name", "Aylin Demir");
        await page.FillAsync("#email", "aylin@verein.example");
        await page.FillAsync("#organisation", "Integrationsbeirat");
        await page.FillAsync("#interpreterLanguage", "Arabisch");
        await page.CheckAsync("#privacyConsent");
        await page.ClickAsync("button:has-text('Anmelden')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bitte prüfen Sie Ihr Postfach");

        var mail = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example", TimeSpan.FromSeconds(30));
        await page.GotoAsync($"/r/confirm/{Uri.EscapeDataString(mail.LinkToken("/r/confirm/"))}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anmeldung bestätigt");
        var ticketCode = (await page.Locator(".ticket-code").TextContentAsync())!.Trim();
        Assert.NotEmpty(ticketCode);
        await Assertions.Expect(page.Locator(".ticket-qr svg")).ToBeVisibleAsync();

        await using var door = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = baseUrl });
        var desk = await door.NewPageAsync();
        await desk.GotoAsync($"/organise/events/{@event.Id}");
        await desk.LogInAsAdminAsync();
        await desk.ClickAsync(".page-head a:has-text('Einlass')");
        await Assertions.Expect(desk.Locator("h1")).ToHaveTextAsync("Einlass: Zukunftskonferenz Integration");

        await desk.FillAsync("#ticketCode", ticketCode);
        await desk.ClickAsync("button:has-text('Einchecken')");
        var answer = desk.Locator(".door-answer");
        await Assertions.Expect(answer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("door-ok"));
        await Assertions.Expect(answer).ToContainTextAsync("Willkommen, Aylin Demir! (Integrationsbeirat)");
        await Assertions.Expect(answer).ToContainTextAsync("Arabisch");
        await Assertions.Expect(desk.Locator("#count-checked-in")).ToHaveTextAsync("1");

        await desk.FillAsync("#ticketCode", ticketCode);
        await desk.ClickAsync("button:has-text('Einchecken')");
        await Assertions.Expect(answer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("door-warn"));
        await Assertions.Expect(answer).ToContainTextAsync("Bereits eingecheckt um");
        await Assertions.Expect(desk.Locator("#count-checked-in")).ToHaveTextAsync("1");

        // The scanner island is there; without a camera (or permission) it says so and the typed form stays.
        await desk.ClickAsync("#scan-start");
        await Assertions.Expect(desk.Locator("#scan-status")).ToContainTextAsync("Bitte tippen Sie den Ticketcode ein.");
        await Assertions.Expect(desk.Locator("#ticketCode")).ToBeVisibleAsync();
    }
}
