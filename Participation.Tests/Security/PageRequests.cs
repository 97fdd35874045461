using System.Text.RegularExpressions;

namespace Participation.Tests.Security;

/// <summary>
/// A page route as an address, with the given values or any id (for the login check, which comes before
/// the page looks anything up).
/// </summary>
public static partial class PageRequests
{
    public static string Fill(string route, IReadOnlyDictionary<string, string>? values = null)
    {
        var path = Parameter().Replace(route, match =>
            values?.GetValueOrDefault(match.Groups["name"].Value) ?? (match.Groups["optional"].Success ? "" : Guid.CreateVersion7().ToString()));
        path = MultipleSlashes().Replace(path, "/");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("/{2,}")]
    private static partial Regex MultipleSlashes();
}
