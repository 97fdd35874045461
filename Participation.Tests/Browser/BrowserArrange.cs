using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

/// <summary>What the language, keyboard and reflow tests arrange through the API, and how they move through a page by keyboard.</summary>
public static class BrowserArrange
{
    public static async Task<BoardDto> CreateBoardAsync(this HttpClient admin)
    {
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);
        var session = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/sessions", Arrange.Session())).ReadAsync<Participation.Api.Events.SessionResponse>(HttpStatusCode.Created);
        var response = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/boards", new
        {
            title = "Sprache: Was brauchen wir?",
            columns = new[] { new { title = "Was brauchen wir?" } },
            voteBudget = 3,
        });
        return await response.ReadAsync<BoardDto>(HttpStatusCode.Created);
    }

    public static async Task<IBrowserContext> LoggedInContextAsync(this Chromium chromium, string baseUrl)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.LogInAsAdminAsync();
        await page.WaitForURLAsync("**/organise");
        await page.CloseAsync();
        return context;
    }

    /// <summary>
    /// Presses Tab (or Shift+Tab) until the focused element matches the selector, at most <paramref name="limit"/> times;
    /// fails with the elements it passed, so a missing or unreachable control shows where the focus went instead.
    /// </summary>
    public static async Task TabToAsync(this IPage page, string selector, bool backwards = false, int limit = 40)
    {
        var path = new List<string>();
        for (var i = 0; i < limit; i++)
        {
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector)) return;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            path.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' \"' + (e.textContent || e.value || '').trim().slice(0, 30) + '\"' : 'none'; }"));
        }
        if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector)) return;
        Assert.Fail($"'{selector}' was not reached in {limit} presses of {(backwards ? "Shift+Tab" : "Tab")}: {string.Join(" → ", path)}");
    }

    public static Task<bool> FocusedAsync(this IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);
}
