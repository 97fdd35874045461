using Participation.Api.Extensions;

namespace Participation.Api.Concept;

/// <summary>The short address a section's QR code carries: the public base address (a setting) and /k/{code}.</summary>
public sealed class ConceptLinks(PublicAddress address)
{
    public string SectionUrl(string code) => $"{address.BaseUrl()}/k/{code}";
}
