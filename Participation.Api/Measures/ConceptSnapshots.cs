using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;

namespace Participation.Api.Measures;

/// <summary>Builds the snapshot of a concept as it is now, and reads the frozen ones back.</summary>
public sealed class ConceptSnapshots(ParticipationDb db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialise(ConceptSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static ConceptSnapshot Read(string json) =>
        JsonSerializer.Deserialize<ConceptSnapshot>(json, Json) ?? throw new InvalidDataException("A concept version holds no snapshot.");

    public async Task<ConceptSnapshot> CurrentAsync(Guid documentId, Guid processId, CancellationToken ct)
    {
        var sections = await db.ConceptSections.AsNoTracking().Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Position).ThenBy(s => s.Number)
            .Select(s => new SnapshotSection(s.Id, s.Code, s.Number, s.Title, s.WithdrawnAt != null))
            .ToListAsync(ct);
        var codes = sections.ToDictionary(s => s.Id, s => s.Code);
        var codesOfProcess = await db.ConceptSections.AsNoTracking()
            .Join(db.ConceptDocuments.Where(d => d.ProcessId == processId), s => s.DocumentId, d => d.Id, (s, _) => new { s.Id, s.Code })
            .ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == processId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var recommendationTitles = await db.Recommendations.AsNoTracking().Where(r => r.ProcessId == processId)
            .ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.ProcessId == processId)
            .Include(m => m.Activities).Include(m => m.Recommendations).Include(m => m.Sections).AsSplitQuery()
            .OrderBy(m => m.StartYear).ThenBy(m => m.Title).ThenBy(m => m.Id)
            .ToListAsync(ct);
        var sectionIds = codes.Keys.ToList();
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.SectionId != null && sectionIds.Contains(r.SectionId.Value))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return new ConceptSnapshot(
            sections,
            measures.Select(m => new SnapshotMeasure(
                m.Id, m.Title, m.AreaId, m.AreaId is { } area ? areas.GetValueOrDefault(area) : null, m.ResponsibleOrganisation,
                m.StartYear, m.EndYear, m.Status, m.ToResponse().Activities,
                m.Recommendations.Select(r => new SnapshotLink(r.RecommendationId, recommendationTitles.GetValueOrDefault(r.RecommendationId, "")))
                    .OrderBy(r => r.Title, StringComparer.Ordinal).ToList(),
                m.Sections.Select(s => codesOfProcess.GetValueOrDefault(s.SectionId, "")).Order(StringComparer.Ordinal).ToList())).ToList(),
            recommendations.Select(r => new SnapshotRecommendation(
                r.Id, r.Kind, r.Title, codes[r.SectionId!.Value], r.State, r.Committee, r.DecidedOn, r.DecisionReference, r.DecisionResult)).ToList());
    }
}
