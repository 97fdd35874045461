using System.Text.RegularExpressions;

namespace Participation.Api.Recommendations;

/// <summary>
/// A decision's reference as council information systems print it: letters and digits, parts joined by "/", "-", "." or
/// a space, such as "2022/032", "BV/0815/2023" or "V-12.3". It starts and ends with a letter or digit.
/// </summary>
public static partial class DecisionReferences
{
    public static bool IsValid(string? reference) => reference is not null && Pattern().IsMatch(reference.Trim());

    [GeneratedRegex(@"^[\p{L}\p{N}]+([/\-. ][\p{L}\p{N}]+)*$")]
    private static partial Regex Pattern();
}
