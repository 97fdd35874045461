using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>A state move as the detail page posts it; the field names are the API's.</summary>
public sealed class MoveForm
{
    public RecommendationState? State { get; set; }
    public DateOnly? On { get; set; }
    public string? Committee { get; set; }
    public string? DecisionReference { get; set; }
    public DecisionResult? Result { get; set; }
    public Guid? SectionId { get; set; }
    public string? Comment { get; set; }

    public StateInput ToInput() => new(State ?? default, On, Committee, DecisionReference, Result, SectionId, Comment);
}

/// <summary>A concept section of the process a recommendation can go into.</summary>
public sealed record SectionChoice(Guid Id, string Document, string Version, string Number, string Title);
