using Microsoft.Playwright;
using Participation.Tests.Boards;
using Participation.Tests.Browser;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.MultiInstance;

/// <summary>The participant page's own script (board-client.js) on two instances: what people in the hall actually run.</summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class MultiInstanceBrowserTests(PostgresServer postgres, RedisServer redis, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Phones_on_two_instances_show_every_idea_posted_through_either_while_posts_cross_each_other()
    {
        await using var two = await TwoInstances.StartAsync(postgres, redis);
        var board = await two.A.CreateBoardAsync();
        await using var amiraContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = two.AUrl });
        await using var jonasContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", BaseURL = two.BUrl });
        var amira = await JoinAsync(amiraContext, board.Board.JoinCode);
        var jonas = await JoinAsync(jonasContext, board.Board.JoinCode);
        var posters = new List<TestParticipant>();
        foreach (var (factory, name) in new[] { (two.A, "A1"), (two.B, "B1"), (two.A, "A2"), (two.B, "B2") })
        {
            posters.Add(await factory.JoinAsync(board, $"Telefon {name}"));
        }

        // Four phones post at once through both instances, so their messages overtake each other on the way.
        await Task.WhenAll(posters.Select((poster, p) => Task.Run(async () =>
        {
            for (var n = 0; n < 5; n++)
            {
                (await poster.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), $"Idee {p}-{n}")))
                    .EnsureSuccessStatusCode();
            }
        })));
        await amira.FillAsync("#idea-text", "Elterncafé mit Dolmetscherin");
        await amira.ClickAsync("button:has-text('Senden')");

        foreach (var phone in new[] { amira, jonas })
        {
            await Assertions.Expect(phone.Locator(".idea-text")).ToHaveCountAsync(21);
            await Assertions.Expect(phone.Locator(".idea-text", new PageLocatorOptions { HasText = "Elterncafé mit Dolmetscherin" })).ToHaveCountAsync(1);
            await Assertions.Expect(phone.Locator(".idea-text", new PageLocatorOptions { HasText = "Idee 3-4" })).ToHaveCountAsync(1);
        }
        Assert.Equal(21, (await board.SnapshotAsync()).Ideas.Count);
    }

    private static async Task<IPage> JoinAsync(IBrowserContext context, string joinCode)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/j/{joinCode.ToLowerInvariant()}");
        await page.ClickAsync("button:has-text('Mitmachen')");
        await Assertions.Expect(page.Locator("#idea-text")).ToBeVisibleAsync();
        return page;
    }
}
