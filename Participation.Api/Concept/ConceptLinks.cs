using Participation.Api.Boards;

namespace Participation.Api.Concept;

/// <summary>The short address a section's QR code carries: the public base address (a setting) and /k/{code}.</summary>
public sealed class ConceptLinks(BoardLinks links)
{
    public string SectionUrl(string code) => $"{links.BaseUrl()}/k/{code}";
}
