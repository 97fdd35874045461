using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Participation.Api.Registrations.Printing;

/// <summary>Cuts text into runs of one font and one direction, finding fonts for characters the main font lacks.</summary>
internal sealed class TextRuns(PdfFonts fonts) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKFont> probes = [];
    private readonly Dictionary<(int Codepoint, bool Bold), SKTypeface?> fallbackByCodepoint = [];
    private readonly Dictionary<(string Family, int Weight), SKTypeface> fallbackByFamily = [];

    /// <summary>
    /// Splits the text where the font or the writing direction changes, because HarfBuzz shapes one
    /// direction per call: Arabic inside a Latin string must be its own run even when one font has both.
    /// </summary>
    public IEnumerable<(string Text, SKTypeface Face)> Split(string text, bool bold)
    {
        var primary = bold ? fonts.Bold : fonts.Regular;
        var runes = text.EnumerateRunes().ToArray();
        var keys = new (SKTypeface Face, bool RightToLeft)?[runes.Length];
        for (var i = 0; i < runes.Length; i++)
        {
            var previous = i > 0 ? keys[i - 1] : null;
            if (IsMark(runes[i]) && previous is { } prior && Covers(prior.Face, runes[i]))
            {
                keys[i] = prior;
            }
            else if (!IsNeutral(runes[i]))
            {
                var face = Covers(primary, runes[i]) ? primary
                    : previous is { } neighbour && Covers(neighbour.Face, runes[i]) ? neighbour.Face
                    : Fallback(runes[i], bold) ?? primary;
                keys[i] = (face, IsRightToLeft(runes[i]));
            }
        }
        // Spaces and punctuation join a run only when it goes on after them: a space between two Arabic
        // words then stays inside the right-to-left run, one before a Latin word does not.
        for (var i = 0; i < runes.Length; i++)
        {
            if (keys[i] is null)
            {
                var before = keys[..i].LastOrDefault(k => k is not null);
                var after = keys[(i + 1)..].FirstOrDefault(k => k is not null);
                keys[i] = before is { } key && key == after && Covers(key.Face, runes[i]) ? key : (primary, false);
            }
        }
        int start = 0, index = 0;
        for (var i = 0; i < runes.Length; i++)
        {
            if (i > 0 && keys[i] != keys[i - 1])
            {
                yield return (text[start..index], keys[i - 1]!.Value.Face);
                start = index;
            }
            index += runes[i].Utf16SequenceLength;
        }
        if (runes.Length > 0)
        {
            yield return (text[start..], keys[^1]!.Value.Face);
        }
    }

    private static bool IsRightToLeft(Rune rune) => rune.Value is
        (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private static bool IsNeutral(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsDigit(rune);

    private bool Covers(SKTypeface face, Rune rune)
    {
        if (!probes.TryGetValue(face, out var probe))
        {
            probes[face] = probe = new SKFont(face);
        }
        return probe.ContainsGlyph(rune.Value);
    }

    private SKTypeface? Fallback(Rune rune, bool bold)
    {
        if (fallbackByCodepoint.TryGetValue((rune.Value, bold), out var known))
        {
            return known;
        }
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        var found = SKFontManager.Default.MatchCharacter(fonts.Regular.FamilyName, style, [], rune.Value);
        SKTypeface? face = null;
        if (found is not null)
        {
            // One instance per family, so a script's characters share one run and one shaper.
            var key = (found.FamilyName, found.FontStyle.Weight);
            if (fallbackByFamily.TryGetValue(key, out var existing))
            {
                found.Dispose();
                face = existing;
            }
            else
            {
                fallbackByFamily[key] = face = found;
            }
        }
        fallbackByCodepoint[(rune.Value, bold)] = face;
        return face;
    }

    public void Dispose()
    {
        foreach (var probe in probes.Values)
        {
            probe.Dispose();
        }
        foreach (var face in fallbackByFamily.Values)
        {
            face.Dispose();
        }
    }
}
