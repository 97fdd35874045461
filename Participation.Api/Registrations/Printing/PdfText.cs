using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Participation.Api.Registrations.Printing;

/// <summary>
/// Measures and draws text for one document: shaped by HarfBuzz (so Arabic joins and ligatures form),
/// drawn run by run as <see cref="TextRuns"/> cuts it.
/// </summary>
internal sealed class PdfText(PdfFonts fonts) : IDisposable
{
    private const string Ellipsis = "…";

    private readonly TextRuns runs = new(fonts);
    private readonly Dictionary<SKTypeface, SKShaper> shapers = [];
    // A document measures the same words again and again (wrapping, then each layout pass); shaping is the expensive part.
    private readonly Dictionary<(string Text, float Size, bool Bold), float> widths = [];

    public float Width(string text, float size, bool bold = false)
    {
        if (!widths.TryGetValue((text, size, bold), out var width))
        {
            widths[(text, size, bold)] = width = runs.Split(text, bold).Sum(run =>
            {
                using var font = new SKFont(run.Face, size);
                return Shaper(run.Face).Shape(run.Text, font).Width;
            });
        }
        return width;
    }

    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size,
        bool bold = false, SKTextAlign align = SKTextAlign.Left, SKColor? color = null)
    {
        if (align != SKTextAlign.Left)
        {
            var width = Width(text, size, bold);
            x -= align == SKTextAlign.Center ? width / 2 : width;
        }
        using var paint = new SKPaint { Color = color ?? SKColors.Black, IsAntialias = true };
        foreach (var run in runs.Split(text, bold))
        {
            using var font = new SKFont(run.Face, size);
            var shaper = Shaper(run.Face);
            canvas.DrawShapedText(shaper, run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += shaper.Shape(run.Text, font).Width;
        }
    }

    /// <summary>The text, or its longest start that fits with an ellipsis; cut between whole characters.</summary>
    public string Fit(string text, float size, float width, bool bold = false)
    {
        if (Width(text, size, bold) <= width)
        {
            return text;
        }
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        int low = 0, high = boundaries.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Width(Cut(text, boundaries[middle]), size, bold) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low == 0 ? Ellipsis : Cut(text, boundaries[low]);
    }

    /// <summary>The largest size up to <paramref name="size"/> at which the text fits, but no less than <paramref name="minimum"/>.</summary>
    public float SizeToFit(string text, float size, float minimum, float width, bool bold = false)
    {
        var natural = Width(text, size, bold);
        return natural <= width ? size : Math.Max(minimum, MathF.Floor(size * width / natural * 10) / 10);
    }

    /// <summary>
    /// Greedy word wrap; what does not fit into <paramref name="maxLines"/> ends the last line with an ellipsis.
    /// A line's width is its words' widths plus the spaces: nothing is shaped across a space, and each word is measured once.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float size, float width, int maxLines, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0f;
        var space = Width(" ", size, bold);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var wordWidth = Width(words[i], size, bold);
            if (line.Length == 0 || lineWidth + space + wordWidth <= width)
            {
                lineWidth = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                line.Append(line.Length == 0 ? "" : " ").Append(words[i]);
                continue;
            }
            if (lines.Count == maxLines - 1)
            {
                lines.Add(Fit($"{line} {string.Join(' ', words[i..])}", size, width, bold));
                return lines;
            }
            lines.Add(lineWidth <= width ? line.ToString() : Fit(line.ToString(), size, width, bold));
            line.Clear().Append(words[i]);
            lineWidth = wordWidth;
        }
        if (line.Length > 0)
        {
            lines.Add(lineWidth <= width ? line.ToString() : Fit(line.ToString(), size, width, bold));
        }
        return lines;
    }

    public void Dispose()
    {
        foreach (var shaper in shapers.Values)
        {
            shaper.Dispose();
        }
        runs.Dispose();
    }

    private static string Cut(string text, int length) => text[..length].TrimEnd() + Ellipsis;

    private SKShaper Shaper(SKTypeface face)
    {
        if (!shapers.TryGetValue(face, out var shaper))
        {
            shapers[face] = shaper = new SKShaper(face);
        }
        return shaper;
    }
}
