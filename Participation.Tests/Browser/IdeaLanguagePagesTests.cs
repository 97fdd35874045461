using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>The facilitators see each idea's language in the console, and type in paper cards with theirs.</summary>
public sealed class IdeaLanguagePagesTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_console_labels_an_idea_with_its_language_and_paper_cards_keep_the_language_chosen_for_them()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var phoneContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync($"/j/{board.JoinCode}");
        await phone.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(phone.Locator("#idea-language")).ToHaveValueAsync("de");
        await phone.FillAsync("#idea-text", "Мовні курси для батьків");
        await phone.SelectOptionAsync("#idea-language", "uk");
        await phone.ClickAsync("#idea-send");
        await Assertions.Expect(phone.Locator(".idea.mine .idea-text")).ToHaveAttributeAsync("lang", "uk");

        await using var staffContext = await Chromium.LoggedInContextAsync(BaseUrl);
        var console = await staffContext.NewPageAsync();
        await console.GotoAsync($"/organise/boards/{board.Id}");
        var label = console.Locator(".idea-language");
        await Assertions.Expect(label).ToHaveTextAsync("Українська");
        await Assertions.Expect(label).ToHaveAttributeAsync("lang", "uk");

        await console.SelectOptionAsync("#cards-language", "tr");
        await console.FillAsync("#lines", "Dil kursları akşamları");
        await console.ClickAsync("button:has-text('Karten hinzufügen')");
        await Assertions.Expect(console.Locator(".idea-language", new PageLocatorOptions { HasText = "Türkçe" })).ToBeVisibleAsync();

        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal([("Dil kursları akşamları", "tr"), ("Мовні курси для батьків", "uk")], snapshot.Ideas.Select(i => (i.Text!, i.Language!)).Order());
    }
}
