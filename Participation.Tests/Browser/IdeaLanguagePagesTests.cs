using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>Participants set and correct their idea's language; facilitators see it in the console, and type in paper cards with theirs.</summary>
public sealed class IdeaLanguagePagesTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_participant_sets_and_corrects_the_language_of_an_idea_the_console_labels_it_and_paper_cards_keep_theirs()
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
        await phone.ClickAsync(".idea.mine button:has-text('Bearbeiten')");
        var editLanguage = phone.Locator(".idea.mine select[name=language]");
        await Assertions.Expect(editLanguage).ToHaveValueAsync("uk");
        await editLanguage.SelectOptionAsync("ru");
        await phone.ClickAsync(".idea.mine button:has-text('Speichern')");
        await Assertions.Expect(phone.Locator(".idea.mine .idea-text")).ToHaveAttributeAsync("lang", "ru");
        await phone.ClickAsync(".idea.mine button:has-text('Bearbeiten')");
        await editLanguage.SelectOptionAsync("uk");
        await phone.ClickAsync(".idea.mine button:has-text('Speichern')");
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
