using SkiaSharp;

namespace Participation.Api.Registrations.Printing;

/// <summary>The main typefaces, found once through fontconfig; scripts they lack are looked up per document by <see cref="PdfText"/>.</summary>
internal sealed class PdfFonts
{
    private static readonly string[] Families = ["Noto Sans", "DejaVu Sans"];

    public PdfFonts()
    {
        var family = Families.FirstOrDefault(IsInstalled)
            ?? throw new InvalidOperationException($"None of the fonts {string.Join(", ", Families)} is installed (Debian: fonts-dejavu-core or fonts-noto-core).");
        Regular = SKFontManager.Default.MatchFamily(family, SKFontStyle.Normal);
        Bold = SKFontManager.Default.MatchFamily(family, SKFontStyle.Bold);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    // fontconfig answers every family with its closest match, so the name has to be compared.
    private static bool IsInstalled(string family)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase);
    }
}
