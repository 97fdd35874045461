using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Participation.Tests.Browser;
using Participation.Tests.Security;
using Xunit.Abstractions;

namespace Participation.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0 and 2.1, levels A and AA) on every public and participant page, in German and in Arabic
/// (right to left): no violation of impact serious or critical. Each case opens a fresh browser context on the
/// one arranged app, so a join or a login never carries over.
/// </summary>
public sealed class AxePagesTests(AxeWorld world, ITestOutputHelper output) : IClassFixture<AxeWorld>
{
    private static readonly string[] Languages = ["de", "ar"];
    private static readonly string[] Blocking = ["serious", "critical"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var page in AxePages.All)
        {
            foreach (var language in Languages)
            {
                cases.Add(page.Key, language);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_page_has_no_serious_or_critical_accessibility_violation(string key, string language)
    {
        var axePage = AxePages.All.Single(p => p.Key == key);
        await using var context = await world.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = world.BaseUrl, Locale = "de-DE" });
        var page = await context.NewPageAsync();
        if (axePage.AsOrganiser)
        {
            await page.GotoAsync("/login?culture=de");
            await page.LogInAsAdminAsync();
            await page.WaitForURLAsync("**/organise");
        }
        var path = axePage.Path(world);
        await page.GotoAsync($"{path}{(path.Contains('?') ? '&' : '?')}culture={language}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == "ar" && !axePage.StaffLanguage ? "rtl" : "ltr");
        if (axePage.Prepare is not null)
        {
            await axePage.Prepare(page);
        }

        var results = await page.RunAxe(Options);
        Assert.NotEmpty(results.Passes); // axe did look at the page

        foreach (var other in results.Violations.Where(v => !Blocking.Contains(v.Impact)))
        {
            output.WriteLine($"{key} {language}: {other.Id} ({other.Impact}) on {other.Nodes.Length} elements: {other.Help}");
        }
        foreach (var unsure in results.Incomplete)
        {
            output.WriteLine($"{key} {language}: axe could not decide {unsure.Id} ({unsure.Impact}) on {string.Join(" ", unsure.Nodes.Select(n => n.Target))}");
        }
        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        var report = new StringBuilder();
        foreach (var violation in blocking)
        {
            report.AppendLine($"  {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    {node.Target}");
            }
        }
        // axe reports an id given twice only as undecided (duplicate-id-aria), yet a label's for= then names the first element only.
        var repeatedIds = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[id]')].map(e => e.id).filter((id, i, all) => all.indexOf(id) !== i)");
        foreach (var id in repeatedIds.Distinct())
        {
            report.AppendLine($"  the id \"{id}\" is given to more than one element");
        }
        Assert.True(blocking.Count == 0 && repeatedIds.Length == 0, $"On {key} in {language} ({path}):{Environment.NewLine}{report}");
    }

    [Fact]
    public void Every_public_and_participant_page_is_in_the_axe_list()
    {
        var listed = AxePages.All.Select(p => p.Route).ToHashSet();
        var routes = AppSurface.PageRoutes(world.Factory.Services);
        var missing = routes.Where(AxePages.IsParticipantOrPublic).Where(r => !listed.Contains(r)).ToList();
        var stale = listed.Where(r => !routes.Contains(r)).ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            (missing.Count > 0 ? $"Public or participant pages without an entry in {nameof(AxePages)}.{nameof(AxePages.All)}: {string.Join(", ", missing)}. " : "")
            + (stale.Count > 0 ? $"Entries for routes the app does not have: {string.Join(", ", stale)}." : ""));
    }
}
