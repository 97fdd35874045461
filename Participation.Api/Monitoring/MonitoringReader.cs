using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Indicators;
using Participation.Api.Recommendations;

namespace Participation.Api.Monitoring;

/// <summary>
/// Reads a process's monitoring in a fixed number of queries, filtered by an area or by a concept section (its areas,
/// and the measures and recommendations linked to it). Ordered so the same data gives the same answer.
/// </summary>
public sealed class MonitoringReader(ParticipationDb db)
{
    /// <summary>The monitoring, or the name of the filter that names nothing of this process.</summary>
    public async Task<(MonitoringResponse? Monitoring, string? InvalidFilter)> ReadAsync(Guid processId, Guid? area, string? section, CancellationToken ct)
    {
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == processId, ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == processId).OrderBy(a => a.Position).ThenBy(a => a.Name).ToListAsync(ct);
        if (area is { } areaId && areas.All(a => a.Id != areaId))
        {
            return (null, "area");
        }
        MonitoringSectionResponse? sectionPart = null;
        HashSet<Guid>? areaFilter = area is { } only ? [only] : null;
        Guid? sectionId = null;
        if (!string.IsNullOrWhiteSpace(section))
        {
            var code = ShortCodes.Normalize(section);
            var found = await db.ConceptSections.AsNoTracking().Include(s => s.Areas)
                .Where(s => s.Code == code && db.ConceptDocuments.Any(d => d.Id == s.DocumentId && d.ProcessId == processId))
                .FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return (null, "section");
            }
            sectionId = found.Id;
            sectionPart = new MonitoringSectionResponse(found.Code, found.Number, found.Title);
            var sectionAreas = found.Areas.Select(a => a.AreaId).ToHashSet();
            areaFilter = areaFilter is null ? sectionAreas : [.. areaFilter.Intersect(sectionAreas)];
        }
        var areaNames = areas.ToDictionary(a => a.Id, a => a.Name);

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProcessId == processId)
            .OrderBy(i => i.Position).ThenBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct);
        indicators = indicators.Where(i => areaFilter is null || (i.AreaId is { } a && areaFilter.Contains(a))).ToList();
        var indicatorIds = indicators.Select(i => i.Id).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId)).ToListAsync(ct))
            .OrderBy(v => v.Year).ThenBy(v => v.Municipality, StringComparer.Ordinal).ToLookup(v => v.IndicatorId);
        var byArea = areas.Select(a => (Id: (Guid?)a.Id, Name: (string?)a.Name)).Append((null, null))
            .Select(a => new MonitoringAreaResponse(a.Id, a.Name,
                indicators.Where(i => i.AreaId == a.Id || (a.Id is null && i.AreaId is { } x && !areaNames.ContainsKey(x)))
                    .Select(i => Indicator(i, values[i.Id].ToList())).ToList()))
            .Where(a => a.Indicators.Count > 0 || (a.Id is { } id && (areaFilter?.Contains(id) ?? false)))
            .ToList();

        return (new MonitoringResponse(process.Id, process.Title, process.Organisation, process.MonitoringPublishedAt, sectionPart, byArea,
            await MeasuresAsync(processId, areaFilter, sectionId, areaNames, ct),
            await RecommendationsAsync(processId, area, sectionId, areaNames, ct)), null);
    }

    private async Task<List<MonitoringMeasureResponse>> MeasuresAsync(
        Guid processId, HashSet<Guid>? areaFilter, Guid? sectionId, Dictionary<Guid, string> areaNames, CancellationToken ct)
    {
        var query = db.Measures.AsNoTracking().Where(m => m.ProcessId == processId);
        // A section names its measures by link; the area filter alone takes the measures of the area.
        query = sectionId is { } section
            ? query.Where(m => db.MeasureSections.Any(s => s.MeasureId == m.Id && s.SectionId == section))
            : query;
        var measures = await query.ToListAsync(ct);
        if (sectionId is null && areaFilter is not null)
        {
            measures = measures.Where(m => m.AreaId is { } a && areaFilter.Contains(a)).ToList();
        }
        var ids = measures.Select(m => m.Id).ToList();
        var last = (await db.MeasureStatusChanges.AsNoTracking().Where(c => ids.Contains(c.MeasureId)).ToListAsync(ct))
            .GroupBy(c => c.MeasureId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).First());
        return measures.OrderBy(m => m.AreaId is { } a && areaNames.ContainsKey(a) ? 0 : 1).ThenBy(m => m.StartYear).ThenBy(m => m.Title, StringComparer.CurrentCulture).ThenBy(m => m.Id)
            .Select(m => new MonitoringMeasureResponse(m.Id, m.AreaId, AreaName(m.AreaId, areaNames), m.Title, m.Description, m.ResponsibleOrganisation,
                m.StartYear, m.EndYear, m.Status, last.GetValueOrDefault(m.Id)?.On, last.GetValueOrDefault(m.Id)?.Comment))
            .ToList();
    }

    private async Task<List<MonitoringRecommendationResponse>> RecommendationsAsync(
        Guid processId, Guid? area, Guid? sectionId, Dictionary<Guid, string> areaNames, CancellationToken ct)
    {
        var query = db.Recommendations.AsNoTracking().Where(r => r.ProcessId == processId && r.State != RecommendationState.Draft);
        if (area is { } a)
        {
            query = query.Where(r => r.AreaId == a);
        }
        if (sectionId is { } s)
        {
            query = query.Where(r => r.SectionId == s || db.MeasureRecommendations.Any(mr => mr.RecommendationId == r.Id
                && db.MeasureSections.Any(ms => ms.MeasureId == mr.MeasureId && ms.SectionId == s)));
        }
        var recommendations = await query.ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.ProcessId == processId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var sectionIds = recommendations.Where(r => r.SectionId is not null).Select(r => r.SectionId!.Value).Distinct().ToList();
        var sections = await db.ConceptSections.AsNoTracking().Where(x => sectionIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        return recommendations
            .OrderByDescending(r => r.DecidedOn ?? r.SubmittedOn ?? r.AgreedOn ?? DateOnly.MinValue).ThenBy(r => r.Title, StringComparer.CurrentCulture).ThenBy(r => r.Id)
            .Select(r =>
            {
                var section = r.SectionId is { } id ? sections.GetValueOrDefault(id) : null;
                return new MonitoringRecommendationResponse(r.Id, r.Kind, r.AreaId, AreaName(r.AreaId, areaNames),
                    r.BodyId is { } b ? bodies.GetValueOrDefault(b) : null, r.Title, r.Text, r.State, r.AgreedOn, r.SubmittedOn, r.Committee,
                    r.DecidedOn, r.DecisionReference, r.DecisionResult, section?.Code, section is null ? null : $"{section.Number} {section.Title}");
            }).ToList();
    }

    private static string? AreaName(Guid? id, Dictionary<Guid, string> names) => id is { } a ? names.GetValueOrDefault(a) : null;

    public static MonitoringIndicatorResponse Indicator(Indicator i, IReadOnlyList<IndicatorValue> values)
    {
        var whole = IndicatorFigures.Series(values);
        var latest = whole.LastOrDefault();
        return new MonitoringIndicatorResponse(i.Id, i.Name, i.Definition, i.Unit, i.Source, i.Direction, i.Target, i.TargetYear,
            values.Select(v => new MonitoringValueResponse(v.Year, v.Municipality, v.Value)).ToList(),
            latest is null ? null : new MonitoringValueResponse(latest.Year, latest.Municipality, latest.Value),
            IndicatorFigures.Trend(i.Direction, whole), IndicatorFigures.TargetReached(i, latest?.Value),
            $"/api/indicators/{i.Id}/chart.svg", $"/api/indicators/{i.Id}/chart.png");
    }
}
