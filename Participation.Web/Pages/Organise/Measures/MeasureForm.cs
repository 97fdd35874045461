using Participation.Api.Measures;

namespace Participation.Web.Pages.Organise.Measures;

/// <summary>The measure form; its yearly activities are rows of year and text, of which blank ones are left out.</summary>
public sealed class MeasureForm
{
    /// <summary>How many empty activity rows the form offers for new ones.</summary>
    public const int BlankActivityRows = 2;

    public sealed class ActivityRow
    {
        public int? Year { get; set; }
        public string? Text { get; set; }
        public bool IsBlank => Year is null && string.IsNullOrWhiteSpace(Text);
    }

    public string? Title { get; set; }
    public string? ResponsibleOrganisation { get; set; }
    public string? Description { get; set; }
    public Guid? AreaId { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    /// <summary>Only when the measure is made: the day it was planned, for a measure of an older concept.</summary>
    public DateOnly? PlannedOn { get; set; }
    public List<Guid> RecommendationIds { get; set; } = [];
    public List<Guid> SectionIds { get; set; } = [];
    public List<ActivityRow> Activities { get; set; } = [];

    /// <summary>Drops the blank rows so that the API's "activities[i]" names the row the form shows as i.</summary>
    public void DropBlankActivities() => Activities = Activities.Where(a => !a.IsBlank).ToList();

    public MeasureInput ToInput() => new(
        Title ?? "", ResponsibleOrganisation ?? "", StartYear ?? 0, EndYear, AreaId, Description,
        RecommendationIds, SectionIds, Activities.Select(a => new ActivityInput(a.Year ?? 0, a.Text ?? "")).ToList(), PlannedOn);

    public static MeasureForm From(MeasureResponse m) => new()
    {
        Title = m.Title, ResponsibleOrganisation = m.ResponsibleOrganisation, Description = m.Description, AreaId = m.AreaId,
        StartYear = m.StartYear, EndYear = m.EndYear, RecommendationIds = m.RecommendationIds.ToList(), SectionIds = m.SectionIds.ToList(),
        Activities = m.Activities.Select(a => new ActivityRow { Year = a.Year, Text = a.Text }).ToList(),
    };
}
