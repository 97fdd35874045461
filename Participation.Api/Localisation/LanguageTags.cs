using System.Text.RegularExpressions;

namespace Participation.Api.Localisation;

/// <summary>The language of a piece of user-written content, as a BCP 47 tag.</summary>
public static partial class LanguageTags
{
    public const int MaxLength = 16;

    /// <summary>
    /// Whether the value is a well-formed tag we store: a primary subtag of two or three letters,
    /// then subtags of letters and digits joined by hyphens, at most <see cref="MaxLength"/> characters.
    /// The tag's meaning is not checked: any language may be written in an idea.
    /// </summary>
    public static bool IsWellFormed(string value) => value.Length <= MaxLength && Shape().IsMatch(value);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
