using System.Collections.Concurrent;
using Microsoft.Playwright;
using Participation.Tests.Boards;
using Participation.Tests.Browser;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

/// <summary>The main pages under the Content-Security-Policy in Chromium: nothing refused, and the live board still works.</summary>
public sealed class ContentSecurityPolicyBrowserTests(Chromium chromium) : BrowserTest(chromium)
{
    private readonly ConcurrentQueue<string> violations = new();

    [Fact]
    public async Task The_main_pages_break_no_rule_of_the_policy_and_the_live_board_works_under_it()
    {
        var admin = await Factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var board = await Factory.CreateBoardAsync();
        var concept = await Factory.CreateConceptProcessAsync();
        var document = await concept.Organiser.CreateDocumentAsync(concept.Id, reviews: false);
        var section = await concept.Organiser.CreateSectionAsync(document.Id);

        await using var visitor = await WatchedContextAsync();
        foreach (var path in new[] { "/", "/login", $"/events/{@event.Id}", $"/k/{section.Code}", "/j", "/account/forgot", $"/processes/{process.Id}/privacy", "/accessibility" })
        {
            await OpenAsync(visitor, path);
        }

        await using var phoneContext = await WatchedContextAsync();
        var phone = await OpenAsync(phoneContext, $"/j/{board.Board.JoinCode}");
        await phone.ClickAsync("button:has-text('Mitmachen')");
        await Assertions.Expect(phone.Locator("#idea-text")).ToBeVisibleAsync();

        await using var staff = await WatchedContextAsync();
        var login = await OpenAsync(staff, "/login");
        await login.LogInAsAdminAsync();
        await login.WaitForURLAsync("**/organise");
        var wall = await OpenAsync(staff, $"/organise/boards/{board.Id}/wall");
        var console = await OpenAsync(staff, $"/organise/boards/{board.Id}");
        await OpenAsync(staff, $"/organise/events/{@event.Id}");
        foreach (var path in new[] { "/organise/account", "/organise/data-requests", "/organise/audit", $"/organise/processes/{process.Id}/privacy", "/organise/accessibility" })
        {
            await OpenAsync(staff, path);
        }
        var docs = await OpenAsync(staff, "/api/docs");
        // The API reference renders under its own, looser policy.
        await Assertions.Expect(docs.GetByText("Participation API").First).ToBeVisibleAsync();

        await phone.FillAsync("#idea-text", "Sprachcafé im Stadtteiltreff");
        await phone.ClickAsync("button:has-text('Senden')");
        await Assertions.Expect(wall.Locator(".idea-text")).ToHaveTextAsync("Sprachcafé im Stadtteiltreff");
        await Assertions.Expect(console.Locator(".idea-text").First).ToHaveTextAsync("Sprachcafé im Stadtteiltreff");
        await Assertions.Expect(phone.Locator(".idea.mine .idea-text")).ToHaveTextAsync("Sprachcafé im Stadtteiltreff");

        Assert.Empty(violations);

        // The watch sees a refusal: an inline script a page tries to run is blocked and reported.
        await wall.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }");
        using var patience = new CancellationTokenSource(BoardClient.Patience);
        while (violations.IsEmpty)
        {
            await Task.Delay(100, patience.Token);
        }
        Assert.Null(await wall.EvaluateAsync<bool?>("() => window.injected"));
    }

    private async Task<IBrowserContext> WatchedContextAsync()
    {
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        // Chromium reports each refusal on the console too; the event catches those the console words differently.
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal)))
            {
                violations.Enqueue($"{message.Location}: {message.Text}");
            }
        };
        return context;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        return page;
    }
}
