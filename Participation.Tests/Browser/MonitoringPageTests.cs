using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Participation.Api.Data;
using Participation.Tests.Monitoring;

namespace Participation.Tests.Browser;

/// <summary>The public monitoring page in German and in Arabic: its direction, the charts loaded as images, and each chart's data as a table.</summary>
public sealed class MonitoringPageTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("de", "ltr", "Monitoring: Zahlen, Maßnahmen, Empfehlungen")]
    [InlineData("ar", "rtl", "المتابعة: الأرقام والإجراءات والتوصيات")]
    public async Task The_published_monitoring_shows_every_chart_as_a_loaded_image_with_its_data_table(string culture, string direction, string title)
    {
        MonitoringWorld world;
        using (var scope = Factory.Services.CreateScope())
        {
            world = await MonitoringArrange.SeedAsync(scope.ServiceProvider.GetRequiredService<ParticipationDb>(), new MonitoringScale(Indicators: 2));
        }
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        var charts = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/chart.svg", StringComparison.Ordinal))
            {
                charts.Add(response);
            }
        };

        await page.GotoAsync($"/monitoring/{world.ProcessId}?culture={culture}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(direction, await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var images = page.Locator("img[src*='/chart.svg']");
        Assert.Equal(world.Indicators.Count, await images.CountAsync());
        Assert.Equal(world.Indicators.Count, charts.Count);
        Assert.All(charts, response => Assert.Equal(200, response.Status));
        for (var i = 0; i < world.Indicators.Count; i++)
        {
            Assert.True(await images.Nth(i).EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
            var table = page.Locator($"#{await images.Nth(i).GetAttributeAsync("aria-describedby")}");
            await Assertions.Expect(table.Locator("caption")).ToContainTextAsync(world.Indicators[i].Name);
            Assert.True(await table.Locator("tbody tr").CountAsync() > 0);
        }
        foreach (var indicator in world.Indicators)
        {
            await Assertions.Expect(page.GetByText(indicator.Name).First).ToBeVisibleAsync();
        }
    }
}
