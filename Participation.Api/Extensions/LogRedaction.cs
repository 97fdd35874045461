using System.Text.RegularExpressions;

namespace Participation.Api.Extensions;

/// <summary>Mail servers name the recipient in their refusals ("550 &lt;name@kreis.de&gt;: unknown"); logs keep the row id, not the address.</summary>
public static partial class LogRedaction
{
    public static string WithoutEmailAddresses(string text) => EmailAddress().Replace(text, "[address]");

    [GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+")]
    private static partial Regex EmailAddress();
}
