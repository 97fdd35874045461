namespace Participation.Api;

/// <summary>Marker for the API's texts in <c>Resources/Messages*.resx</c> (German neutral, English beside it).</summary>
public sealed class Messages;
