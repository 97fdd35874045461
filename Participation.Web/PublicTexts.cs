namespace Participation.Web;

/// <summary>
/// Marker for the texts participants, attendees and readers see, in <c>Resources/PublicTexts*.resx</c>:
/// German neutral, and a file for every other language the product speaks.
/// </summary>
public sealed class PublicTexts;
