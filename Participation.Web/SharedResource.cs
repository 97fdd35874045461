namespace Participation.Web;

/// <summary>Marker for the organiser pages' texts in <c>Resources/SharedResource*.resx</c> (German neutral, English beside it).</summary>
public sealed class SharedResource;
