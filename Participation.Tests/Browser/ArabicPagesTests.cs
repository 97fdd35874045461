using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Browser;

/// <summary>Pages opened in Arabic lay out right to left; an Arabic idea reads right to left on a wall shown in German.</summary>
public sealed class ArabicPagesTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string ArabicIdea = "تحسين دورات اللغة للأمهات";

    [Fact]
    public async Task The_board_in_arabic_is_right_to_left_and_an_arabic_idea_reads_right_to_left_with_its_language_on_a_german_wall()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var wallContext = await Chromium.LoggedInContextAsync(BaseUrl);
        var wall = await wallContext.NewPageAsync();
        await wall.GotoAsync($"/organise/boards/{board.Id}/wall?culture=de");
        await Assertions.Expect(wall.Locator("#wall-phase")).ToHaveTextAsync("Ideen sammeln");

        await using var phoneContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ar", BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync($"/j/{board.JoinCode}?culture=ar");
        Assert.Equal("rtl", await phone.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.Equal("ar", await phone.EvaluateAsync<string>("() => document.documentElement.lang"));
        await AssertInViewportAsync(phone, "#site-language");
        await phone.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(phone.Locator("#idea-text")).ToBeVisibleAsync();

        Assert.Equal("rtl", await DirectionAsync(phone, "#board"));
        Assert.Equal("rtl", await DirectionAsync(phone, ".post-form"));
        // The idea's language starts as the page's.
        await Assertions.Expect(phone.Locator("#idea-language")).ToHaveValueAsync("ar");
        foreach (var control in new[] { "#site-language", "#idea-column", "#idea-text", "#idea-language", "#idea-send" })
        {
            await AssertInViewportAsync(phone, control);
        }
        // Right to left: the field's start edge is on the right.
        var field = (await phone.Locator("#idea-text").BoundingBoxAsync())!;
        var label = (await phone.Locator("label[for=idea-text]").BoundingBoxAsync())!;
        Assert.True(label.X + label.Width >= field.X + field.Width - 1, $"The label ({label.X}+{label.Width}) does not start at the field's right edge ({field.X}+{field.Width}).");

        await phone.FillAsync("#idea-text", ArabicIdea);
        await phone.ClickAsync("#idea-send");
        await Assertions.Expect(phone.Locator(".idea.mine .idea-text")).ToHaveTextAsync(ArabicIdea);

        var onWall = wall.Locator(".idea-text", new PageLocatorOptions { HasText = ArabicIdea });
        await Assertions.Expect(onWall).ToBeVisibleAsync();
        await Assertions.Expect(onWall).ToHaveAttributeAsync("dir", "auto");
        await Assertions.Expect(onWall).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await onWall.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("ltr", await wall.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.Equal("ltr", await DirectionAsync(wall, "#wall-ideas"));

        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal((ArabicIdea, "ar"), (Assert.Single(snapshot.Ideas).Text, Assert.Single(snapshot.Ideas).Language));
    }

    [Fact]
    public async Task A_german_idea_reads_left_to_right_on_an_arabic_phone_and_the_wall_announces_nothing()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var germanContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        await using var arabicContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ar", BaseURL = BaseUrl });
        var german = await germanContext.NewPageAsync();
        await german.GotoAsync($"/j/{board.JoinCode}");
        await german.ClickAsync("#join-form button[type=submit]");
        var arabic = await arabicContext.NewPageAsync();
        await arabic.GotoAsync($"/j/{board.JoinCode}?culture=ar");
        await arabic.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(arabic.Locator("#idea-text")).ToBeVisibleAsync();

        await german.FillAsync("#idea-text", "Sprachkurse mit Kinderbetreuung");
        await german.ClickAsync("#idea-send");

        var idea = arabic.Locator(".idea-text", new PageLocatorOptions { HasText = "Sprachkurse mit Kinderbetreuung" });
        await Assertions.Expect(idea).ToHaveAttributeAsync("lang", "de");
        Assert.Equal("ltr", await idea.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await DirectionAsync(arabic, "#board-view"));

        await using var wallContext = await Chromium.LoggedInContextAsync(BaseUrl);
        var wall = await wallContext.NewPageAsync();
        await wall.GotoAsync($"/organise/boards/{board.Id}/wall?culture=de");
        await Assertions.Expect(wall.Locator(".idea-text")).ToHaveTextAsync("Sprachkurse mit Kinderbetreuung");
        // The projector speaks to the room, not to a screen reader: no live region on it.
        Assert.Equal(0, await wall.Locator("[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]").CountAsync());
    }

    [Fact]
    public async Task The_registration_form_in_arabic_is_right_to_left_with_its_fields_in_view()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 20, title: "Zukunftskonferenz Integration");
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ar", BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/events/{@event.Id}?culture=ar");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.Equal("rtl", await DirectionAsync(page, "form.stacked"));
        Assert.Equal("rtl", await DirectionAsync(page, "main"));
        foreach (var control in new[] { "#site-language", "#language", "#name", "#email", "#privacyConsent", "form.stacked button[type=submit]" })
        {
            await AssertInViewportAsync(page, control);
        }
        var name = (await page.Locator("#name").BoundingBoxAsync())!;
        var label = (await page.Locator("label[for=name]").BoundingBoxAsync())!;
        Assert.True(label.X + label.Width >= name.X + name.Width - 1, "The name's label does not start at the right edge of its field.");
    }

    private static Task<string> DirectionAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).direction");

    /// <summary>Scrolled into view, the control lies within the viewport's width: nothing pushed off the side by the mirroring.</summary>
    private static async Task AssertInViewportAsync(IPage page, string selector)
    {
        var control = page.Locator(selector).First;
        await control.ScrollIntoViewIfNeededAsync();
        var box = await control.BoundingBoxAsync();
        var width = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.True(box is not null, $"{selector} is not shown.");
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"{selector} lies at {box.X}..{box.X + box.Width}, outside 0..{width}.");
    }
}
