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

    private static readonly string[] DeviceNames = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>
    /// The name an uploaded file is shown and downloaded under (it is stored under an id): the last part of any path,
    /// without control characters or characters Windows refuses, and never a device name such as <c>con.png</c>.
    /// </summary>
    public static string SafeUploadName(string? fileName, string fallback)
    {
        var last = (fileName ?? "").Split('/', '\\').Last();
        var kept = new string(last.Where(c => !char.IsControl(c) && !"<>:\"|?*".Contains(c)).ToArray()).Trim().Trim('.').Trim();
        if (kept.Length == 0)
        {
            return fallback;
        }
        if (DeviceNames.Contains(kept.Split('.')[0].Trim(), StringComparer.OrdinalIgnoreCase))
        {
            kept = "_" + kept;
        }
        return kept.Length <= 200 ? kept : kept[^200..];
    }
}
