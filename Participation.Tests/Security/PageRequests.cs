using System.Text.RegularExpressions;

namespace Participation.Tests.Security;

/// <summary>A page route as an address: any id will do, as the login check comes before the page looks anything up.</summary>
public static partial class PageRequests
{
    public static string Fill(string route)
    {
        var path = Parameter().Replace(route, match => match.Groups["optional"].Success ? "" : Guid.CreateVersion7().ToString());
        path = MultipleSlashes().Replace(path, "/");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("/{2,}")]
    private static partial Regex MultipleSlashes();
}
