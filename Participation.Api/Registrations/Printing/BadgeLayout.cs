using SkiaSharp;
using static Participation.Api.Registrations.Printing.PdfPages;

namespace Participation.Api.Registrations.Printing;

/// <summary>Eight 90 × 60 mm name badges per page, centred, with light borders and crop marks to cut along.</summary>
internal sealed class BadgeLayout(PdfText text)
{
    private const int ColumnCount = 2, RowCount = 4, PerPage = ColumnCount * RowCount;
    private const float BadgeWidth = 90, BadgeHeight = 60, Padding = 6;
    private const float GridLeft = (210 - ColumnCount * BadgeWidth) / 2, GridTop = (297 - RowCount * BadgeHeight) / 2;

    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);

    public byte[] Render(PrintedEvent e, IReadOnlyList<PrintedAttendee> people, string title)
    {
        var pageCount = Math.Max(1, (people.Count + PerPage - 1) / PerPage);
        return Write(title, pageCount, (canvas, page) =>
        {
            DrawCutLines(canvas, GridLeft, GridTop, ColumnCount, RowCount, BadgeWidth, BadgeHeight);
            for (var slot = 0; slot < PerPage && page * PerPage + slot < people.Count; slot++)
            {
                var left = GridLeft + slot % ColumnCount * BadgeWidth;
                var top = GridTop + slot / ColumnCount * BadgeHeight;
                DrawBadge(canvas, left, top, e, people[page * PerPage + slot]);
            }
        });
    }

    private void DrawBadge(SKCanvas canvas, float left, float top, PrintedEvent e, PrintedAttendee person)
    {
        var centre = Mm(left + BadgeWidth / 2);
        var width = Mm(BadgeWidth - 2 * Padding);
        DrawName(canvas, person.Name, centre, top, width);
        if (!string.IsNullOrWhiteSpace(person.Organisation))
        {
            text.Draw(canvas, text.Fit(person.Organisation, 12, width), centre, Mm(top + 33), 12, align: SKTextAlign.Center);
        }
        if (!string.IsNullOrWhiteSpace(person.Perspective))
        {
            text.Draw(canvas, text.Fit(person.Perspective, 9, width), centre, Mm(top + 40), 9, align: SKTextAlign.Center, color: Muted);
        }
        text.Draw(canvas, text.Fit(e.EventTitle, 8, width), centre, Mm(top + BadgeHeight - Padding), 8, align: SKTextAlign.Center, color: Muted);
    }

    /// <summary>Shrinks the name to fit one line; a name too long even at the smallest size gets two lines.</summary>
    private void DrawName(SKCanvas canvas, string name, float centre, float top, float width)
    {
        const float Largest = 24, Smallest = 14;
        var size = text.SizeToFit(name, Largest, Smallest, width, bold: true);
        if (text.Width(name, size, bold: true) <= width)
        {
            text.Draw(canvas, name, centre, Mm(top + 24), size, bold: true, align: SKTextAlign.Center);
            return;
        }
        var lines = text.Wrap(name, Smallest, width, 2, bold: true);
        for (var i = 0; i < lines.Count; i++)
        {
            text.Draw(canvas, lines[i], centre, Mm(top + 24 - (lines.Count - 1 - i) * 6), Smallest, bold: true, align: SKTextAlign.Center);
        }
    }
}
