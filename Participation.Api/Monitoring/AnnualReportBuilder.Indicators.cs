using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Documentation;
using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;
using Participation.Api.Processes;

namespace Participation.Api.Monitoring;

public sealed partial class AnnualReportBuilder
{
    /// <summary>Each indicator by area with its facts, its chart and its values up to the report year as a table.</summary>
    private async Task<ReportChapter> IndicatorsAsync(Guid processId, int year, List<ThematicArea> areas, ReportPicture picture, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProcessId == processId).ToListAsync(ct);
        var ids = indicators.Select(i => i.Id).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId) && v.Year <= year).ToListAsync(ct))
            .OrderBy(v => v.Year).ThenBy(v => v.Municipality, StringComparer.Ordinal).ToLookup(v => v.IndicatorId);
        var groups = areas.Select(a => ((Guid?)a.Id, a.Name)).Append((null, text["Report.NoArea"].Value))
            .Select(g => (g.Item2, Indicators: indicators.Where(i => g.Item1 is null ? i.AreaId is null || areas.All(a => a.Id != i.AreaId) : i.AreaId == g.Item1)
                .OrderBy(i => i.Position).ThenBy(i => i.Name, StringComparer.CurrentCulture).ThenBy(i => i.Id).ToList()))
            .Where(g => g.Indicators.Count > 0).ToList();

        // Painting and encoding a PNG takes a tenth of a second per chart; the charts do not depend on each other.
        var labels = ChartLabels.For(text, CultureInfo.CurrentCulture);
        var ordered = groups.SelectMany(g => g.Indicators).ToList();
        var pictured = new (byte[]? Png, string? Svg, ChartPicture? Picture, string Description)[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = ct },
            i => pictured[i] = MonitoringCharts.Render(ordered[i], values[ordered[i].Id].ToList(), labels, picture));
        var next = 0;

        var blocks = new List<ReportBlock>();
        if (groups.Count == 0)
        {
            blocks.Add(new ReportParagraph(text["Report.NoIndicators"], Typed: false, Muted: true));
        }
        foreach (var (areaName, ofArea) in groups)
        {
            blocks.Add(new ReportHeading(areaName, 2));
            foreach (var indicator in ofArea)
            {
                blocks.Add(new ReportHeading(indicator.Name, 3));
                blocks.Add(new ReportFacts(Facts(indicator)));
                blocks.Add(Chart(indicator, values[indicator.Id].ToList(), pictured[next++]));
            }
        }
        return new ReportChapter(text["Report.Indicators"], blocks);
    }

    private List<(string, string)> Facts(Indicator i)
    {
        var facts = new List<(string, string)>();
        if (i.Definition is not null) facts.Add((text["Report.Definition"], i.Definition));
        facts.Add((text["Report.Unit"], i.Unit));
        if (i.Source is not null) facts.Add((text["Report.Source"], i.Source));
        facts.Add((text["Report.Direction"], text[$"Report.Direction.{i.Direction}"]));
        if (i.Target is { } target)
        {
            facts.Add((text["Report.Target"], i.TargetYear is { } by ? text["Report.TargetBy", $"{Figure(target)} {i.Unit}", by] : $"{Figure(target)} {i.Unit}"));
        }
        return facts;
    }

    private ReportChart Chart(Indicator indicator, IReadOnlyList<IndicatorValue> values, (byte[]? Png, string? Svg, ChartPicture? Picture, string Description) pictured)
    {
        var whole = text["Report.WholeArea"].Value;
        var table = Table(text["Report.DataOf", indicator.Name], [text["Report.YearColumn"], text["Report.Municipality"], $"{text["Report.Value"]} ({indicator.Unit})"],
            values.Select(v => (IReadOnlyList<string>)[v.Year.ToString(CultureInfo.InvariantCulture), v.Municipality.Length == 0 ? whole : v.Municipality, Figure(v.Value)]),
            [0.2f, 0.5f, 0.3f], 0, 2);
        var (png, svg, picture, description) = pictured;
        return new ReportChart(indicator.Name, description, png, svg, table, picture);
    }
}
