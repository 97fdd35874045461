using Participation.Api.Localisation;

namespace Participation.Web.Pages;

/// <summary>Texts the organisation wrote itself (a privacy notice, the accessibility statement), shown on public pages.</summary>
public static class OrganisationText
{
    /// <summary>Paragraphs split at blank lines; the single line breaks inside them are kept by the <c>prose</c> class.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// "de" when the organisation's German text stands on a page in another language, so a screen reader switches voice;
    /// null for a built-in text, which is a resource in the page's own language.
    /// </summary>
    public static string? GermanLang(bool builtIn) => builtIn || SpokenLanguages.Current.HtmlLang == "de" ? null : "de";

    /// <summary>German keeps its left-to-right direction inside an Arabic or Farsi page.</summary>
    public static string? Direction(string? lang) => lang is null ? null : "ltr";
}
