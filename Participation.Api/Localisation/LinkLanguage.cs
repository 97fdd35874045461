using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;

namespace Participation.Api.Localisation;

/// <summary>
/// The language a printed or emailed link is made for (<c>?language=ar</c> on a QR code route, the attendee's in an email):
/// the link then carries <c>culture=ar</c>, and the page it opens remembers that language for the phone that opened it.
/// </summary>
public static class LinkLanguage
{
    /// <summary>Null when no language was asked or the product speaks it; else the problem naming the field.</summary>
    public static ValidationProblem? Check(string? code, IStringLocalizer<Messages> text) =>
        code is null || SpokenLanguages.Find(code) is not null
            ? null
            : Validation.Problem("language", text["LanguageUnknown", string.Join(", ", SpokenLanguages.Codes)], text);

    /// <summary>The link with <c>culture=</c> added to its query; the link itself when no language was asked.</summary>
    public static string For(string url, string? code) =>
        SpokenLanguages.Find(code) is { } language ? $"{url}{(url.Contains('?') ? '&' : '?')}culture={Uri.EscapeDataString(language.Code)}" : url;
}
