using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>The projector wall is read from the back of a room: large ideas and text at a contrast of at least 7:1.</summary>
public sealed class WallReadabilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task On_a_1920_pixel_projector_ideas_are_at_least_2rem_and_every_text_has_a_contrast_of_7_to_1()
    {
        var admin = await Factory.AdminClientAsync();
        var board = await admin.CreateBoardAsync();
        await (await admin.PostJsonAsync($"/api/boards/{board.Id}/cards", new CardsInput(board.Columns[0].Id, "Sprachcafé im Stadtteiltreff"))).ReadAsync<List<IdeaDto>>();
        await using var context = await Chromium.LoggedInContextAsync(BaseUrl);
        var wall = await context.NewPageAsync();
        await wall.SetViewportSizeAsync(1920, 1080);
        await wall.GotoAsync($"/organise/boards/{board.Id}/wall");
        await Assertions.Expect(wall.Locator(".idea-text")).ToHaveTextAsync("Sprachcafé im Stadtteiltreff");

        var size = await wall.Locator(".idea-text").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(size >= 32, $"Ideas on the wall are {size} px.");

        // Each text element's colour against the first opaque background behind it (WCAG relative luminance).
        var weakest = await wall.EvaluateAsync<string[]>(@"() => {
            const rgb = (c) => c.match(/[\d.]+/g).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
            const found = [];
            for (const e of document.querySelectorAll('#wall *')) {
                if (e.closest('svg') || !e.offsetParent) continue;
                if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
                const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))];
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 7) found.push(`${e.tagName.toLowerCase()}.${e.className} ${ratio.toFixed(2)}`);
            }
            return found;
        }");
        Assert.Empty(weakest);
    }
}
