using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using static Participation.Api.Registrations.Printing.PdfPages;

namespace Participation.Api.Registrations.Printing;

/// <summary>The signature list: the event header and the column headings repeat on every page, so loose pages stay identifiable.</summary>
internal sealed class AttendanceListLayout(PdfText text, IStringLocalizer t)
{
    private const float Left = 15, Right = 195, TableBottom = 279, HeaderRow = 8, Row = 10, Padding = 2;

    private static readonly (float Width, string Key)[] Columns =
    [
        (10, "Print.Column.Number"), (50, "Print.Column.Name"), (45, "Print.Column.Organisation"),
        (30, "Print.Column.Perspective"), (45, "Print.Column.Signature"),
    ];

    private static readonly SKColor Grid = new(0xBB, 0xBB, 0xBB), Ink = new(0x44, 0x44, 0x44), Shade = new(0xEE, 0xEE, 0xEE);

    public byte[] Render(PrintedEvent e, IReadOnlyList<PrintedAttendee> people, int blankRows)
    {
        var header = HeaderLines(e);
        var tableTop = 30 + header.Count * 6;
        var rowsPerPage = (int)((TableBottom - tableTop - HeaderRow) / Row);
        var rows = people.Count + Math.Max(0, blankRows);
        var pageCount = Math.Max(1, (rows + rowsPerPage - 1) / rowsPerPage);
        return Write(t["Print.AttendanceList.Title"], pageCount, (canvas, page) =>
        {
            DrawHeader(canvas, header);
            DrawHeadingRow(canvas, tableTop);
            var first = page * rowsPerPage;
            for (var i = first; i < Math.Min(rows, first + rowsPerPage); i++)
            {
                DrawRow(canvas, tableTop + HeaderRow + (i - first) * Row, i + 1, i < people.Count ? people[i] : null);
            }
            DrawFooter(canvas, e, page + 1, pageCount);
        });
    }

    private List<(string Label, string Value)> HeaderLines(PrintedEvent e)
    {
        var lines = new List<(string, string)> { (t["Print.Process"], e.ProcessTitle) };
        if (!string.IsNullOrWhiteSpace(e.Organisation))
        {
            lines.Add((t["Print.Organiser"], e.Organisation));
        }
        lines.Add((t["Print.Event"], e.EventTitle));
        lines.Add((t["Print.Date"], EventDates.Span(e, t)));
        if (!string.IsNullOrWhiteSpace(e.Venue))
        {
            lines.Add((t["Print.Venue"], e.Venue));
        }
        return lines;
    }

    private void DrawHeader(SKCanvas canvas, List<(string Label, string Value)> lines)
    {
        text.Draw(canvas, t["Print.AttendanceList.Title"], Mm(Left), Mm(22), 16, bold: true);
        for (var i = 0; i < lines.Count; i++)
        {
            var baseline = Mm(30 + i * 6);
            text.Draw(canvas, text.Fit(lines[i].Label, 10, Mm(44), bold: true), Mm(Left), baseline, 10, bold: true);
            text.Draw(canvas, text.Fit(lines[i].Value, 10, Mm(Right - Left - 46)), Mm(Left + 46), baseline, 10);
        }
    }

    private void DrawHeadingRow(SKCanvas canvas, float top)
    {
        using var fill = new SKPaint { Color = Shade };
        canvas.DrawRect(Mm(Left), Mm(top), Mm(Right - Left), Mm(HeaderRow), fill);
        var x = Left;
        foreach (var (width, key) in Columns)
        {
            text.Draw(canvas, text.Fit(t[key], 9, Mm(width - 2 * Padding), bold: true), Mm(x + Padding), Mm(top + 5.5f), 9, bold: true);
            x += width;
        }
        DrawGrid(canvas, top, HeaderRow);
    }

    private void DrawRow(SKCanvas canvas, float top, int number, PrintedAttendee? person)
    {
        var baseline = Mm(top + 6.5f);
        string?[] cells = [number.ToString(CultureInfo.CurrentCulture), person?.Name, person?.Organisation, person?.Perspective];
        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var (width, _) = Columns[i];
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                var size = i == 1 ? 10 : 9;
                text.Draw(canvas, text.Fit(cells[i]!, size, Mm(width - 2 * Padding)), Mm(x + Padding), baseline, size);
            }
            x += width;
        }
        using var line = new SKPaint { Color = Ink, StrokeWidth = 0.6f, IsStroke = true };
        canvas.DrawLine(Mm(x + 3), Mm(top + Row - 2.5f), Mm(Right - 3), Mm(top + Row - 2.5f), line);
        DrawGrid(canvas, top, Row);
    }

    private static void DrawGrid(SKCanvas canvas, float top, float height)
    {
        using var pen = new SKPaint { Color = Grid, StrokeWidth = 0.5f, IsStroke = true };
        canvas.DrawRect(Mm(Left), Mm(top), Mm(Right - Left), Mm(height), pen);
        var x = Left;
        foreach (var (width, _) in Columns[..^1])
        {
            x += width;
            canvas.DrawLine(Mm(x), Mm(top), Mm(x), Mm(top + height), pen);
        }
    }

    private void DrawFooter(SKCanvas canvas, PrintedEvent e, int page, int pageCount)
    {
        var gray = new SKColor(0x66, 0x66, 0x66);
        text.Draw(canvas, text.Fit(e.EventTitle, 8, Mm(120)), Mm(Left), Mm(287), 8, color: gray);
        text.Draw(canvas, t["Print.PageOf", page, pageCount], Mm(Right), Mm(287), 8, align: SKTextAlign.Right, color: gray);
    }
}
