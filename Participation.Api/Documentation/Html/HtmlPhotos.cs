namespace Participation.Api.Documentation.Html;

/// <summary>Photos as data: URIs, so the HTML file needs nothing beside it.</summary>
internal static class HtmlPhotos
{
    /// <summary>
    /// Larger photos are left out (their caption says so): base64 grows a file by a third, and a documentation with
    /// dozens of full-resolution phone pictures would no longer open quickly in a browser or go by e-mail.
    /// </summary>
    public const long MaxEmbeddedBytes = 4 * 1024 * 1024;

    /// <summary>The photo as a data: URI when it is a JPEG, PNG or WebP file (by its bytes, not its name) of at most <see cref="MaxEmbeddedBytes"/>.</summary>
    public static string? DataUri(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0 || file.Length > MaxEmbeddedBytes)
        {
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        return MediaType(bytes) is { } mediaType ? $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}" : null;
    }

    private static string? MediaType(ReadOnlySpan<byte> b) =>
        b is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg"
        : b is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] ? "image/png"
        : b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
