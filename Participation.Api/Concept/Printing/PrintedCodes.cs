namespace Participation.Api.Concept.Printing;

/// <summary>The edition the sheet belongs to.</summary>
public sealed record PrintedDocument(string Title, string Version, DateOnly? PublishedOn);

/// <summary>One section on the sheet: its label and the short address its code carries.</summary>
public sealed record PrintedCode(string Number, string Title, int? PrintPage, string Url);
