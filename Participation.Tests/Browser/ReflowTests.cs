using Microsoft.Playwright;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Browser;

/// <summary>At 320 CSS pixels (a small phone, or 1280 px zoomed to 400 %) participant pages need no sideways scrolling.</summary>
public sealed class ReflowTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string LongWord = "Integrationskursteilnahmebescheinigungsausstellungsverfahren https://www.landkreis.example/integration/sprachkurse/anmeldung?kurs=abend";

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_participant_board_with_a_long_word_fits_320_pixels(string culture)
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await using var context = await SmallPhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/j/{board.JoinCode}?culture={culture}");
        await AssertNoSidewaysScrollingAsync(page);
        await page.ClickAsync("#join-form button[type=submit]");
        await page.FillAsync("#idea-text", LongWord);
        await page.ClickAsync("#idea-send");
        await Assertions.Expect(page.Locator(".idea.mine .idea-text")).ToHaveTextAsync(LongWord);

        await AssertNoSidewaysScrollingAsync(page);
        var send = (await page.Locator("#idea-send").BoundingBoxAsync())!;
        Assert.True(send.Height >= 44 && send.Width >= 44, $"The send button is {send.Width}×{send.Height}.");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_event_page_with_its_registration_form_fits_320_pixels(string culture)
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 20, title: "Zukunftskonferenz " + LongWord);
        await using var context = await SmallPhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/events/{@event.Id}?culture={culture}");
        await Assertions.Expect(page.Locator("#name")).ToBeVisibleAsync();

        await AssertNoSidewaysScrollingAsync(page);
    }

    private Task<IBrowserContext> SmallPhoneAsync() => Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        Locale = "de-DE", BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 320, Height = 640 },
    });

    private static async Task AssertNoSidewaysScrollingAsync(IPage page)
    {
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
            await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(scroll <= client, $"{page.Url} is {scroll} px wide in a {client} px viewport.");
    }
}
