using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Browser;

public sealed class BoardPagesTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_idea_posted_on_one_phone_appears_on_the_other_phone_and_on_the_wall()
    {
        var board = await (await Factory.AdminClientAsync()).CreateBoardAsync();
        await using var wallContext = await Chromium.LoggedInContextAsync(BaseUrl);
        var wall = await wallContext.NewPageAsync();
        await wall.GotoAsync($"/organise/boards/{board.Id}/wall");
        await Assertions.Expect(wall.Locator(".wall-code")).ToHaveTextAsync(board.JoinCode);
        await Assertions.Expect(wall.Locator("#wall-phase")).ToHaveTextAsync("Ideen sammeln");

        await using var amiraContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        await using var jonasContext = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var amira = await JoinAsync(amiraContext, board.JoinCode);
        var jonas = await JoinAsync(jonasContext, board.JoinCode);

        await amira.FillAsync("#idea-text", "Sprachcafé <im> Stadtteiltreff");
        await amira.ClickAsync("button:has-text('Senden')");

        await Assertions.Expect(jonas.Locator(".idea-text")).ToHaveTextAsync("Sprachcafé <im> Stadtteiltreff");
        await Assertions.Expect(wall.Locator(".idea-text")).ToHaveTextAsync("Sprachcafé <im> Stadtteiltreff");
        await Assertions.Expect(amira.Locator(".idea.mine .idea-text")).ToHaveTextAsync("Sprachcafé <im> Stadtteiltreff");
        Assert.Equal(0, await jonas.Locator(".idea-text b, .idea-text im").CountAsync());
    }

    [Fact]
    public async Task An_idea_typed_while_offline_is_kept_across_a_reload_and_sent_when_the_network_is_back()
    {
        var board = await (await Factory.AdminClientAsync()).CreateBoardAsync();
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var phone = await JoinAsync(context, board.JoinCode);

        await context.SetOfflineAsync(true);
        await phone.FillAsync("#idea-text", "Kinderbetreuung während der Kurse");
        await phone.ClickAsync("button:has-text('Senden')");
        await Assertions.Expect(phone.Locator(".outbox")).ToContainTextAsync("1");

        await context.SetOfflineAsync(false);
        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator(".idea.mine .idea-text")).ToHaveTextAsync("Kinderbetreuung während der Kurse");
        await Assertions.Expect(phone.Locator(".outbox")).ToHaveCountAsync(0);

        var admin = await Factory.AdminClientAsync();
        var snapshot = await (await admin.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal("Kinderbetreuung während der Kurse", Assert.Single(snapshot.Ideas).Text);
    }

    [Fact]
    public async Task An_idea_queued_offline_that_the_board_no_longer_takes_is_shown_as_not_sent_with_the_reason_not_dropped()
    {
        var board = await (await Factory.AdminClientAsync()).CreateBoardAsync();
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var phone = await JoinAsync(context, board.JoinCode);

        await context.SetOfflineAsync(true);
        await phone.FillAsync("#idea-text", "Beratung in mehreren Sprachen");
        await phone.ClickAsync("button:has-text('Senden')");
        var admin = await Factory.AdminClientAsync();
        await (await admin.PutAsJsonAsync($"/api/boards/{board.Id}/phase", new { phase = "vote" })).ReadAsync<BoardPhase>();
        await context.SetOfflineAsync(false);
        await phone.ReloadAsync();

        var notSent = phone.Locator(".not-sent");
        await Assertions.Expect(notSent).ToContainTextAsync("Beratung in mehreren Sprachen");
        await Assertions.Expect(notSent).ToContainTextAsync("Ideen sammeln ist gerade nicht möglich");
        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator(".not-sent")).ToContainTextAsync("Beratung in mehreren Sprachen");
    }

    [Fact]
    public async Task The_participant_page_with_its_script_and_styles_transfers_less_than_150_KB_on_first_load()
    {
        var board = await (await Factory.AdminClientAsync()).CreateBoardAsync();
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        var requests = new List<IRequest>();
        page.RequestFinished += (_, request) => requests.Add(request);

        await page.GotoAsync($"/j/{board.JoinCode}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.ClickAsync("button:has-text('Mitmachen')");
        await Assertions.Expect(page.Locator("#idea-text")).ToBeVisibleAsync();

        long transferred = 0;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize + sizes.RequestHeadersSize + sizes.RequestBodySize;
        }
        Assert.Contains(requests, r => r.Url.Contains("/js/participant"));
        Assert.True(transferred < 150 * 1024, $"The first load transferred {transferred} bytes.");
    }

    private async Task<IPage> JoinAsync(IBrowserContext context, string joinCode)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/j/{joinCode.ToLowerInvariant()}");
        await page.ClickAsync("button:has-text('Mitmachen')");
        await Assertions.Expect(page.Locator("#idea-text")).ToBeVisibleAsync();
        return page;
    }
}
