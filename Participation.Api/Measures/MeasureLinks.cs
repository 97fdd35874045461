using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Measures;

/// <summary>The rules of a measure that need the database: what it links to must belong to its own process.</summary>
public sealed class MeasureLinks(ParticipationDb db, IStringLocalizer<Messages> text)
{
    public async Task<ValidationProblem?> RefuseAsync(Guid processId, MeasureInput input, CancellationToken ct)
    {
        if (input.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId && a.ProcessId == processId, ct))
        {
            return Validation.Problem("areaId", text["Measure.AreaNotInProcess"], text);
        }
        var recommendationIds = (input.RecommendationIds ?? []).Distinct().ToList();
        if (recommendationIds.Count > 0
            && await db.Recommendations.CountAsync(r => recommendationIds.Contains(r.Id) && r.ProcessId == processId, ct) != recommendationIds.Count)
        {
            return Validation.Problem("recommendationIds", text["Measure.RecommendationNotInProcess"], text);
        }
        var sectionIds = (input.SectionIds ?? []).Distinct().ToList();
        if (sectionIds.Count > 0
            && await db.ConceptSections.Where(s => sectionIds.Contains(s.Id))
                .Join(db.ConceptDocuments, s => s.DocumentId, d => d.Id, (s, d) => d.ProcessId)
                .CountAsync(p => p == processId, ct) != sectionIds.Count)
        {
            return Validation.Problem("sectionIds", text["Measure.SectionNotInProcess"], text);
        }
        return null;
    }

    /// <summary>Sets the measure's own fields from the input.</summary>
    public static void ApplyFields(Measure measure, MeasureInput input)
    {
        measure.Title = input.Title.Trim();
        measure.ResponsibleOrganisation = input.ResponsibleOrganisation.Trim();
        measure.Description = input.Description.NullIfBlank();
        measure.AreaId = input.AreaId;
        measure.StartYear = input.StartYear;
        measure.EndYear = input.EndYear;
    }

    public static List<MeasureRecommendation> Recommendations(Guid measureId, MeasureInput input) =>
        (input.RecommendationIds ?? []).Distinct().Select(id => new MeasureRecommendation { MeasureId = measureId, RecommendationId = id }).ToList();

    public static List<MeasureSection> Sections(Guid measureId, MeasureInput input) =>
        (input.SectionIds ?? []).Distinct().Select(id => new MeasureSection { MeasureId = measureId, SectionId = id }).ToList();

    public static List<MeasureActivity> Activities(Guid measureId, MeasureInput input) =>
        (input.Activities ?? []).Select((a, i) => new MeasureActivity { MeasureId = measureId, Year = a.Year, Text = a.Text.Trim(), Position = i }).ToList();
}
