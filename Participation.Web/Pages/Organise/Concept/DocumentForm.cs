using Participation.Api.Concept;

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>The document form; a new document reviews contributions unless the organiser says otherwise.</summary>
public sealed class DocumentForm
{
    public string? Title { get; set; }
    public string? Version { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public bool ReviewsContributions { get; set; } = true;

    public DocumentInput ToInput() => new(Title ?? "", Version ?? "", PublishedOn, ReviewsContributions);

    public static DocumentForm From(DocumentResponse d) => new()
    {
        Title = d.Title, Version = d.Version, PublishedOn = d.PublishedOn, ReviewsContributions = d.ReviewsContributions,
    };
}
