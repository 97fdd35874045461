using Microsoft.EntityFrameworkCore;
using Participation.Api.Documentation;
using Participation.Api.Measures;

namespace Participation.Api.Monitoring;

public sealed partial class AnnualReportBuilder
{
    /// <summary>The measures running in the year or changed in it: their status at the year's end, the year's status changes with date and comment, the year's activities.</summary>
    private async Task<ReportChapter> MeasuresAsync(Guid processId, int year, Dictionary<Guid, string> areaNames, CancellationToken ct)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => m.ProcessId == processId).ToListAsync(ct);
        var ids = measures.Select(m => m.Id).ToList();
        var changes = (await db.MeasureStatusChanges.AsNoTracking().Where(c => ids.Contains(c.MeasureId)).ToListAsync(ct))
            .OrderBy(c => c.On).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id).ToLookup(c => c.MeasureId);
        var activities = (await db.MeasureActivities.AsNoTracking().Where(a => ids.Contains(a.MeasureId) && a.Year == year).ToListAsync(ct))
            .OrderBy(a => a.Position).ThenBy(a => a.Id).ToLookup(a => a.MeasureId);
        var areaOrder = areaNames.Keys.ToList();
        var ofYear = measures
            .Where(m => (m.StartYear <= year && (m.EndYear is null || m.EndYear >= year)) || changes[m.Id].Any(c => c.On.Year == year) || activities[m.Id].Any())
            .OrderBy(m => m.AreaId is { } a && areaNames.ContainsKey(a) ? areaOrder.IndexOf(a) : int.MaxValue)
            .ThenBy(m => m.StartYear).ThenBy(m => m.Title, StringComparer.CurrentCulture).ThenBy(m => m.Id).ToList();

        var blocks = new List<ReportBlock>();
        if (ofYear.Count == 0)
        {
            blocks.Add(new ReportParagraph(text["Report.NoMeasures"], Typed: false, Muted: true));
        }
        else
        {
            blocks.Add(Table(text["Report.Overview"], [text["Report.Measure"], text["Report.Responsible"], text["Report.Status"]],
                ofYear.Select(m => (IReadOnlyList<string>)[m.Title, m.ResponsibleOrganisation, text[$"Report.MeasureStatus.{StatusAtEnd(changes[m.Id], year)}"]]),
                [0.5f, 0.3f, 0.2f]));
        }
        foreach (var m in ofYear)
        {
            blocks.Add(new ReportHeading(m.Title, 3));
            var facts = new List<(string, string)>();
            if (m.AreaId is { } area && areaNames.TryGetValue(area, out var areaName)) facts.Add((text["Doc.Area"], areaName));
            facts.Add((text["Report.Responsible"], m.ResponsibleOrganisation));
            facts.Add((text["Doc.Period"], m.EndYear is { } end ? $"{m.StartYear} – {end}" : $"{m.StartYear} –"));
            facts.Add((text["Report.Status"], text[$"Report.MeasureStatus.{StatusAtEnd(changes[m.Id], year)}"]));
            blocks.Add(new ReportFacts(facts));
            if (m.Description is not null) blocks.Add(new ReportParagraph(m.Description));
            var changedThisYear = changes[m.Id].Where(c => c.On.Year == year).ToList();
            if (changedThisYear.Count > 0)
            {
                blocks.Add(Table(text["Report.StatusChanges", year], [text["Report.Date"], text["Report.Status"], text["Report.Comment"]],
                    changedThisYear.Select(c => (IReadOnlyList<string>)[Date(c.On), text[$"Report.MeasureStatus.{c.Status}"], c.Comment ?? ""]),
                    [0.18f, 0.2f, 0.62f]));
            }
            if (activities[m.Id].Any())
            {
                blocks.Add(Table(text["Report.Activities", year], [text["Report.Activity"]],
                    activities[m.Id].Select(a => (IReadOnlyList<string>)[a.Text]), [1f]));
            }
        }
        return new ReportChapter(text["Report.Measures"], blocks);
    }

    /// <summary>The status the last change up to the year's end gave; planned for a year before its first recorded change.</summary>
    private static MeasureStatus StatusAtEnd(IEnumerable<MeasureStatusChange> changes, int year) =>
        changes.LastOrDefault(c => c.On.Year <= year)?.Status ?? MeasureStatus.Planned;
}
