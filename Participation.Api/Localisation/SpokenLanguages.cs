using System.Globalization;

namespace Participation.Api.Localisation;

/// <summary>
/// The languages of the participant, attendee and reader pages and of their emails, German first.
/// Organiser pages are in the languages marked <see cref="Language.ForStaff"/>.
/// </summary>
public static class SpokenLanguages
{
    /// <summary>
    /// German in plain language (Leichte Sprache). BCP 47 has no subtag for it, so the
    /// code is German with the variant "simple"; its resource files are named <c>*.de-SIMPLE.resx</c>.
    /// </summary>
    public const string PlainGerman = "de-SIMPLE";

    public static readonly IReadOnlyList<Language> All =
    [
        new("de", "Deutsch", "de", RightToLeft: false, ForStaff: true),
        new(PlainGerman, "Leichte Sprache", "de", RightToLeft: false, ForStaff: false),
        new("en", "English", "en", RightToLeft: false, ForStaff: true),
        new("ar", "العربية", "ar", RightToLeft: true, ForStaff: false),
        new("fa", "فارسی", "fa", RightToLeft: true, ForStaff: false),
        new("ru", "Русский", "ru", RightToLeft: false, ForStaff: false),
        new("tr", "Türkçe", "tr", RightToLeft: false, ForStaff: false),
        new("uk", "Українська", "uk", RightToLeft: false, ForStaff: false),
    ];

    public static Language Default => All[0];

    public static readonly string[] Codes = [.. All.Select(l => l.Code)];

    public static readonly IReadOnlyList<Language> Staff = [.. All.Where(l => l.ForStaff)];

    /// <summary>The language of that code (any letter case), or null when the product does not speak it.</summary>
    public static Language? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The product's language for a culture, e.g. the one the request runs in; German when none matches.</summary>
    public static Language Of(CultureInfo culture) =>
        Find(culture.Name) ?? Find(culture.TwoLetterISOLanguageName) ?? Default;

    public static Language Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>The language an organiser page shows for this one: itself when staff pages have it, German for plain German, else English.</summary>
    public static Language ForStaffPages(Language language) =>
        language.ForStaff ? language : language.Code == PlainGerman ? Default : Find("en")!;
}
