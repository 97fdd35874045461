using Participation.Api.Registrations.Printing;
using SkiaSharp;
using static Participation.Api.Registrations.Printing.PdfPages;

namespace Participation.Api.Documentation.Pdf;

/// <summary>
/// Flows headings, paragraphs, tables and photos down A4 pages. Without a document it only measures, to learn where
/// headings fall and how many pages there are; with one it draws. The same calls give the same page breaks either way,
/// and each page is finished before the next begins, so the document streams out page by page.
/// </summary>
internal sealed partial class PdfFlow(PdfText text, SKDocument? document, Func<int, string> footer)
{
    public const float BodySize = 10;

    public static readonly float Left = Mm(20), Right = Width - Mm(20), Top = Mm(20), Bottom = Height - Mm(22);
    public static readonly float ContentWidth = Right - Left;

    private static readonly float[] HeadingSizes = [20, 15, 12.5f, 11];
    private static readonly SKColor Gray = new(0x66, 0x66, 0x66), Rule = new(0xBB, 0xBB, 0xBB), Shade = new(0xEE, 0xEE, 0xEE);

    private SKCanvas? canvas;
    private bool pageOpen;
    private int anchors;

    /// <summary>The pages begun so far; the current page's number.</summary>
    public int Page { get; private set; }

    public float Y { get; private set; }

    public List<PdfHeading> Headings { get; } = [];

    public bool AtPageTop => pageOpen && Y <= Top;

    public void NewPage()
    {
        EndPage();
        Page++;
        canvas = document?.BeginPage(Width, Height);
        pageOpen = true;
        Y = Top;
    }

    public void EndPage()
    {
        if (!pageOpen)
        {
            return;
        }
        if (canvas is not null)
        {
            text.Draw(canvas, footer(Page), Right, Height - Mm(12), 8, align: SKTextAlign.Right, color: Gray);
            document!.EndPage();
        }
        canvas = null;
        pageOpen = false;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Ensure(float height)
    {
        if (!pageOpen || (Y + height > Bottom && !AtPageTop))
        {
            NewPage();
        }
    }

    public void Space(float points) => Y = Math.Min(Bottom, Y + points);

    /// <summary>A heading; level 1 opens a page, and no heading is left alone at the foot of one.</summary>
    public void Heading(string title, int level, bool inContents)
    {
        var size = HeadingSizes[Math.Clamp(level - 1, 0, HeadingSizes.Length - 1)];
        if (level == 1 && !AtPageTop)
        {
            NewPage();
        }
        var lines = text.Wrap(title, size, ContentWidth, 3, bold: true);
        var lineHeight = size * 1.25f;
        Ensure(lines.Count * lineHeight + size * 0.6f + 4 * BodySize * 1.35f);
        if (Y > Top)
        {
            Space(size * 0.8f);
        }
        // Numbered in order, so the measuring pass and the drawing pass name the same heading alike.
        var anchor = inContents ? $"h{anchors++}" : null;
        Headings.Add(new PdfHeading(title, level, Page, anchor, inContents));
        if (anchor is not null)
        {
            canvas?.DrawNamedDestinationAnnotation(new SKPoint(Left, Y), anchor);
        }
        foreach (var line in lines)
        {
            Y += lineHeight;
            if (canvas is not null)
            {
                text.Draw(canvas, line, Left, Y - size * 0.25f, size, bold: true);
            }
        }
        Space(size * 0.6f);
    }

    /// <summary>Wrapped text; each line break in the value starts a new line, right-to-left text keeps to the right.</summary>
    public void Paragraph(string value, float size = BodySize, bool bold = false, bool rightToLeft = false, SKColor? color = null, float indent = 0)
    {
        var lineHeight = size * 1.35f;
        foreach (var line in Lines(value, size, ContentWidth - indent, int.MaxValue, bold))
        {
            Ensure(lineHeight);
            Y += lineHeight;
            if (canvas is not null)
            {
                var x = rightToLeft ? Right : Left + indent;
                text.Draw(canvas, line, x, Y - size * 0.3f, size, bold, rightToLeft ? SKTextAlign.Right : SKTextAlign.Left, color);
            }
        }
        Space(size * 0.5f);
    }

    /// <summary>A label and its value side by side, the value wrapped.</summary>
    public void Field(string label, string value)
    {
        var labelWidth = Mm(38);
        var lineHeight = BodySize * 1.35f;
        var lines = Lines(value, BodySize, ContentWidth - labelWidth, 20, false);
        Ensure(lineHeight * Math.Max(1, lines.Count));
        if (canvas is not null)
        {
            text.Draw(canvas, text.Fit(label, BodySize, labelWidth - 6, bold: true), Left, Y + lineHeight - BodySize * 0.3f, BodySize, bold: true);
            for (var i = 0; i < lines.Count; i++)
            {
                text.Draw(canvas, lines[i], Left + labelWidth, Y + (i + 1) * lineHeight - BodySize * 0.3f, BodySize);
            }
        }
        Y += lineHeight * Math.Max(1, lines.Count) + 2;
    }

    /// <summary>A table whose heading row repeats on every page it runs over; no row is split between pages.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<PdfCell[]> rows, float size = 9)
    {
        const float Padding = 3;
        var lineHeight = size * 1.3f;
        var widths = columns.Select(c => c.Share * ContentWidth).ToArray();
        var heading = columns.Select(c => new PdfCell(c.Heading)).ToArray();
        var headingHeight = RowHeight(heading, widths, size, Padding, lineHeight, bold: true);
        Ensure(headingHeight + lineHeight * 2 + 2 * Padding);
        DrawRow(heading, columns, widths, size, Padding, lineHeight, headingHeight, bold: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, size, Padding, lineHeight, bold: false);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawRow(heading, columns, widths, size, Padding, lineHeight, headingHeight, bold: true);
            }
            DrawRow(row, columns, widths, size, Padding, lineHeight, height, bold: false);
        }
        Space(BodySize);
    }

    /// <summary>A photo scaled to the column width (or to what a page can hold), its caption below.</summary>
    public void Photo(PdfPhoto photo, string caption)
    {
        var maxHeight = (Bottom - Top) * 0.7f;
        var width = ContentWidth;
        var height = width * photo.Height / photo.Width;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height * photo.Width / photo.Height;
        }
        var captionLines = Lines(caption, 9, ContentWidth, 3, false);
        Ensure(height + 4 + captionLines.Count * 9 * 1.35f);
        if (canvas is not null)
        {
            photo.Draw(canvas, SKRect.Create(Left, Y, width, height));
        }
        Y += height + 4;
        foreach (var line in captionLines)
        {
            Y += 9 * 1.35f;
            if (canvas is not null)
            {
                text.Draw(canvas, line, Left, Y - 9 * 0.3f, 9, color: Gray);
            }
        }
        Space(BodySize);
    }

    /// <summary>One line of a table of contents: the title (cut to fit), a dotted leader, the page number, linked to the heading.</summary>
    public void ContentsLine(PdfHeading heading, int page)
    {
        var size = heading.Level == 1 ? 10.5f : 9.5f;
        var lineHeight = size * 1.6f;
        var indent = (heading.Level - 1) * Mm(6);
        Ensure(lineHeight);
        Y += lineHeight;
        if (canvas is null)
        {
            return;
        }
        var bold = heading.Level == 1;
        var title = text.Fit(heading.Title, size, ContentWidth - indent - Mm(20), bold);
        var baseline = Y - size * 0.35f;
        text.Draw(canvas, title, Left + indent, baseline, size, bold);
        var number = page.ToString(System.Globalization.CultureInfo.CurrentCulture);
        text.Draw(canvas, number, Right, baseline, size, bold, SKTextAlign.Right);
        using var dots = new SKPaint { Color = Rule, StrokeWidth = 0.8f, IsStroke = true, PathEffect = SKPathEffect.CreateDash([0.8f, 2.4f], 0) };
        var from = Left + indent + text.Width(title, size, bold) + 4;
        var to = Right - text.Width(number, size, bold) - 4;
        if (to > from)
        {
            canvas.DrawLine(from, baseline, to, baseline, dots);
        }
        if (heading.Anchor is not null)
        {
            canvas.DrawLinkDestinationAnnotation(new SKRect(Left, Y - lineHeight, Right, Y), heading.Anchor);
        }
    }

    private IReadOnlyList<string> Lines(string value, float size, float width, int maxLines, bool bold) =>
        value.Replace("\r", "").Split('\n').SelectMany(part => part.Trim().Length == 0 ? [""] : text.Wrap(part, size, width, maxLines, bold)).ToList();

    private float RowHeight(PdfCell[] row, float[] widths, float size, float padding, float lineHeight, bool bold)
    {
        var lines = row.Select((cell, i) => Lines(cell.Text, size, widths[i] - 2 * padding, 30, bold).Count).Max();
        return Math.Max(1, lines) * lineHeight + 2 * padding;
    }

    private void DrawRow(PdfCell[] row, IReadOnlyList<PdfColumn> columns, float[] widths, float size, float padding, float lineHeight, float height, bool bold)
    {
        if (canvas is not null)
        {
            if (bold)
            {
                using var fill = new SKPaint { Color = Shade };
                canvas.DrawRect(Left, Y, ContentWidth, height, fill);
            }
            var x = Left;
            for (var i = 0; i < row.Length; i++)
            {
                var lines = Lines(row[i].Text, size, widths[i] - 2 * padding, 30, bold);
                var alignRight = columns[i].Numeric || row[i].RightToLeft;
                for (var line = 0; line < lines.Count; line++)
                {
                    var baseline = Y + padding + (line + 1) * lineHeight - size * 0.3f;
                    var at = alignRight ? x + widths[i] - padding : x + padding;
                    text.Draw(canvas, lines[line], at, baseline, size, bold, alignRight ? SKTextAlign.Right : SKTextAlign.Left, row[i].Muted ? Gray : null);
                }
                x += widths[i];
            }
            using var pen = new SKPaint { Color = Rule, StrokeWidth = 0.5f, IsStroke = true };
            canvas.DrawLine(Left, Y + height, Right, Y + height, pen);
        }
        Y += height;
    }
}

internal sealed record PdfHeading(string Title, int Level, int Page, string? Anchor, bool InContents);

/// <summary>A table column: its heading, its share of the width, and whether it holds numbers (right-aligned).</summary>
internal sealed record PdfColumn(string Heading, float Share, bool Numeric = false);

internal sealed record PdfCell(string Text, bool RightToLeft = false, bool Muted = false);
