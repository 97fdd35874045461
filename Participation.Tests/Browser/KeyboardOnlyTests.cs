using System.Net.Http.Json;
using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Browser;

/// <summary>Joining a board, posting, voting and registering with the keyboard alone: Tab, Enter, Space and typing, never a click.</summary>
public sealed class KeyboardOnlyTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_participant_joins_posts_an_idea_and_votes_for_it_with_the_keyboard_alone()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/j/{board.JoinCode}");

        await page.TabToAsync("#join-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        // After joining, the focus is where the next thing is done: the new idea's field.
        await Assertions.Expect(page.Locator("#idea-text")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("Elterncafé mit Übersetzung");
        await page.TabToAsync("#idea-send");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".idea.mine .idea-text")).ToHaveTextAsync("Elterncafé mit Übersetzung");
        // The field is empty and keeps the focus for the next idea.
        await Assertions.Expect(page.Locator("#idea-text")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#idea-text")).ToHaveValueAsync("");

        await (await admin.PutAsJsonAsync($"/api/boards/{board.Id}/phase", new { phase = "vote" })).ReadAsync<BoardPhase>();
        await Assertions.Expect(page.Locator(".vote-buttons")).ToBeVisibleAsync();
        await page.TabToAsync(".vote-buttons button:not(.secondary)");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator(".my-dots")).ToHaveTextAsync("●");

        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        var idea = Assert.Single(snapshot.Ideas);
        Assert.Equal(("Elterncafé mit Übersetzung", 1), (idea.Text, idea.Votes));
    }

    [Fact]
    public async Task A_person_registers_for_an_event_with_the_keyboard_alone()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 20, title: "Zukunftskonferenz Integration");
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/events/{@event.Id}");

        await page.TabToAsync("#name");
        await page.Keyboard.TypeAsync("Olena Kovalenko");
        await page.TabToAsync("#email");
        await page.Keyboard.TypeAsync("olena@verein.example");
        await page.TabToAsync("#privacyConsent");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#privacyConsent")).ToBeCheckedAsync();
        await page.TabToAsync("form.stacked button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bitte prüfen Sie Ihr Postfach");

        var registrations = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations")).ReadAsync<List<RegistrationResponse>>();
        var registration = Assert.Single(registrations);
        Assert.Equal(("Olena Kovalenko", "olena@verein.example"), (registration.Name, registration.Email));
    }

    [Fact]
    public async Task The_keyboard_goes_back_with_shift_tab_and_an_empty_idea_puts_the_focus_on_the_message()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/j/{board.JoinCode}");
        await page.TabToAsync("#join-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#idea-text")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("   ");
        await page.TabToAsync("#idea-send");
        await page.TabToAsync("#idea-text", backwards: true);
        await page.TabToAsync("#idea-send");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#board-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#board-message")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Empty(snapshot.Ideas);
    }
}
