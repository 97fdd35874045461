using Microsoft.EntityFrameworkCore;
using Participation.Api.Documentation;
using Participation.Api.Recommendations;

namespace Participation.Api.Monitoring;

public sealed partial class AnnualReportBuilder
{
    /// <summary>The recommendations and guidelines that moved in the year (agreed, submitted, decided, taken into the concept), with their decisions.</summary>
    private async Task<ReportChapter> RecommendationsAsync(Guid processId, int year, Dictionary<Guid, string> areaNames, CancellationToken ct)
    {
        var ofYear = (await db.Recommendations.AsNoTracking().Where(r => r.ProcessId == processId).InYear(db, year).ToListAsync(ct))
            .OrderBy(r => r.AreaId is { } a && areaNames.ContainsKey(a) ? areaNames.Keys.ToList().IndexOf(a) : int.MaxValue)
            .ThenBy(r => r.DecidedOn ?? r.SubmittedOn ?? r.AgreedOn ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.CurrentCulture).ThenBy(r => r.Id)
            .ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.ProcessId == processId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var sectionIds = ofYear.Where(r => r.SectionId is not null).Select(r => r.SectionId!.Value).ToList();
        var sections = await db.ConceptSections.AsNoTracking().Where(s => sectionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => $"{s.Number} {s.Title}", ct);

        var blocks = new List<ReportBlock>();
        if (ofYear.Count == 0)
        {
            blocks.Add(new ReportParagraph(text["Report.NoRecommendations"], Typed: false, Muted: true));
        }
        else
        {
            blocks.Add(Table(text["Report.Overview"], [text["Report.Title"], text["Report.State"], text["Report.DecidedOn"], text["Report.Reference"], text["Report.Result"]],
                ofYear.Select(r => (IReadOnlyList<string>)[r.Title, text[$"Report.State.{r.State}"], r.DecidedOn is { } d ? Date(d) : "",
                    r.DecisionReference ?? "", r.DecisionResult is { } res ? text[$"Report.Result.{res}"] : ""]),
                [0.38f, 0.16f, 0.14f, 0.14f, 0.18f]));
        }
        foreach (var r in ofYear)
        {
            blocks.Add(new ReportHeading(r.Title, 3));
            var facts = new List<(string, string)> { (text["Report.RecommendationKind"], text[$"Report.RecommendationKind.{r.Kind}"]) };
            if (r.AreaId is { } area && areaNames.TryGetValue(area, out var areaName)) facts.Add((text["Doc.Area"], areaName));
            if (r.BodyId is { } body && bodies.TryGetValue(body, out var bodyName)) facts.Add((text["Report.ProposedBy"], bodyName));
            facts.Add((text["Report.State"], text[$"Report.State.{r.State}"]));
            if (r.AgreedOn is { } agreed) facts.Add((text["Report.AgreedOn"], Date(agreed)));
            if (r.SubmittedOn is { } submitted) facts.Add((text["Report.SubmittedOn"], Date(submitted)));
            if (r.Committee is not null) facts.Add((text["Report.Committee"], r.Committee));
            if (r.DecidedOn is { } decided) facts.Add((text["Report.DecidedOn"], Date(decided)));
            if (r.DecisionReference is not null) facts.Add((text["Report.Reference"], r.DecisionReference));
            if (r.DecisionResult is { } result) facts.Add((text["Report.Result"], text[$"Report.Result.{result}"]));
            if (r.SectionId is { } section && sections.TryGetValue(section, out var sectionName)) facts.Add((text["Doc.Section"], sectionName));
            blocks.Add(new ReportFacts(facts));
            blocks.Add(new ReportParagraph(r.Text));
            if (r.Rationale is not null) blocks.Add(new ReportParagraph($"{text["Report.Rationale"]}: {r.Rationale}"));
        }
        return new ReportChapter(text["Report.Recommendations", year], blocks);
    }
}
