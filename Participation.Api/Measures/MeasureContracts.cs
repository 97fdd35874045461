namespace Participation.Api.Measures;

public sealed record ActivityInput(int Year, string Text);

/// <summary>A measure as created and as replaced by an edit: its links and yearly activities are the whole new set.</summary>
public sealed record MeasureInput(
    string Title, string ResponsibleOrganisation, int StartYear, int? EndYear = null, Guid? AreaId = null, string? Description = null,
    IReadOnlyList<Guid>? RecommendationIds = null, IReadOnlyList<Guid>? SectionIds = null, IReadOnlyList<ActivityInput>? Activities = null,
    DateOnly? PlannedOn = null);

public sealed record ActivityResponse(int Year, string Text);

public sealed record MeasureResponse(
    Guid Id, Guid ProcessId, Guid? AreaId, string Title, string? Description, string ResponsibleOrganisation, int StartYear, int? EndYear,
    MeasureStatus Status, IReadOnlyList<ActivityResponse> Activities, IReadOnlyList<Guid> RecommendationIds, IReadOnlyList<Guid> SectionIds,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record StatusInput(MeasureStatus Status, DateOnly? On, string? Comment = null);

public sealed record StatusChangeResponse(Guid Id, MeasureStatus Status, DateOnly On, string? Comment, Guid? AccountId, string? AccountName, DateTimeOffset CreatedAt);

public static class MeasureMapping
{
    public static MeasureResponse ToResponse(this Measure m) => new(
        m.Id, m.ProcessId, m.AreaId, m.Title, m.Description, m.ResponsibleOrganisation, m.StartYear, m.EndYear, m.Status,
        m.Activities.OrderBy(a => a.Year).ThenBy(a => a.Position).Select(a => new ActivityResponse(a.Year, a.Text)).ToList(),
        m.Recommendations.Select(r => r.RecommendationId).Order().ToList(),
        m.Sections.Select(s => s.SectionId).Order().ToList(),
        new DateTimeOffset(DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc)),
        new DateTimeOffset(DateTime.SpecifyKind(m.UpdatedAt, DateTimeKind.Utc)));
}
