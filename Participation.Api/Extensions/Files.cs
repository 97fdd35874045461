namespace Participation.Api.Extensions;

public static class Files
{
    /// <summary>A title as a download's file name: letters (umlauts too), digits and dashes, at most 60 characters.</summary>
    public static string SafeName(string title)
    {
        var chars = title.Trim().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var name = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return name.Length == 0 ? "export" : name[..Math.Min(60, name.Length)];
    }
}
