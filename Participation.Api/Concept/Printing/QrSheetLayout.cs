using Microsoft.Extensions.Localization;
using Participation.Api.Qr;
using Participation.Api.Registrations.Printing;
using SkiaSharp;
using static Participation.Api.Registrations.Printing.PdfPages;

namespace Participation.Api.Concept.Printing;

/// <summary>
/// Twelve codes per A4 page in a grid with cut lines, each 30 to 38 mm wide with its quiet zone, drawn as vectors,
/// with the section's number and title, its page in the print and the short address under it.
/// </summary>
internal sealed class QrSheetLayout(PdfText text, QrCodes qr, IStringLocalizer<Messages> t)
{
    private const int ColumnCount = 3, RowCount = 4, PerPage = ColumnCount * RowCount;
    private const float CellWidth = 62, CellHeight = 60, Padding = 3, CodeSize = 38, MinimumCodeSize = 30;
    private const float GridLeft = (210 - ColumnCount * CellWidth) / 2, GridTop = 34;

    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);

    public byte[] Render(PrintedDocument document, IReadOnlyList<PrintedCode> codes)
    {
        var pageCount = Math.Max(1, (codes.Count + PerPage - 1) / PerPage);
        return Write($"{t["Print.QrSheet.Title"]}: {document.Title}", pageCount, (canvas, page) =>
        {
            DrawHeader(canvas, document, page, pageCount);
            var onPage = codes.Skip(page * PerPage).Take(PerPage).ToList();
            if (onPage.Count > 0)
            {
                DrawCutLines(canvas, GridLeft, GridTop, ColumnCount, (onPage.Count + ColumnCount - 1) / ColumnCount, CellWidth, CellHeight);
            }
            for (var slot = 0; slot < onPage.Count; slot++)
            {
                DrawCell(canvas, GridLeft + slot % ColumnCount * CellWidth, GridTop + slot / ColumnCount * CellHeight, onPage[slot]);
            }
        });
    }

    private void DrawHeader(SKCanvas canvas, PrintedDocument document, int page, int pageCount)
    {
        var width = Mm(ColumnCount * CellWidth);
        var sheet = $"{t["Print.QrSheet.Title"]} · {t["Print.QrSheet.Sheet", page + 1, pageCount]}";
        var sheetWidth = text.Width(sheet, 9);
        text.Draw(canvas, sheet, Mm(GridLeft) + width, Mm(18), 9, align: SKTextAlign.Right, color: Muted);
        text.Draw(canvas, text.Fit(document.Title, 16, width - sheetWidth - Mm(8), bold: true), Mm(GridLeft), Mm(18), 16, bold: true);
        var edition = t["Print.QrSheet.Edition", document.Version].Value;
        if (document.PublishedOn is { } published)
        {
            edition += $", {t["Print.QrSheet.PublishedOn", published.ToString("d")]}";
        }
        text.Draw(canvas, text.Fit(edition, 10, width), Mm(GridLeft), Mm(25), 10, color: Muted);
    }

    private void DrawCell(SKCanvas canvas, float left, float top, PrintedCode code)
    {
        var centre = Mm(left + CellWidth / 2);
        var width = Mm(CellWidth - 2 * Padding);
        DrawCode(canvas, qr.Modules(code.Url), centre, Mm(top + Padding));
        var label = text.Wrap($"{code.Number} {code.Title}", 9, width, 2, bold: true);
        for (var i = 0; i < label.Count; i++)
        {
            text.Draw(canvas, label[i], centre, Mm(top + 45.5f + i * 4), 9, bold: true, align: SKTextAlign.Center);
        }
        if (code.PrintPage is { } printPage)
        {
            text.Draw(canvas, t["Print.QrSheet.PrintPage", printPage], centre, Mm(top + 53.5f), 7.5f, align: SKTextAlign.Center, color: Muted);
        }
        DrawUrl(canvas, code.Url, centre, Mm(top + 57.5f), width);
    }

    /// <summary>
    /// The dark modules as one path, so a print shop gets sharp edges at any size and no seams between modules.
    /// Modules and corner sit on a 1/50-inch grid where the code stays at least 30 mm wide that way, so rasterising
    /// at 100, 150, 300 or 600 dpi gives whole pixels per module instead of grey edges a scanner may misread.
    /// </summary>
    private static void DrawCode(SKCanvas canvas, bool[][] modules, float centre, float top)
    {
        const float Grid = 72f / 50;
        var module = MathF.Floor(Mm(CodeSize) / modules.Length / Grid) * Grid;
        if (module * modules.Length < Mm(MinimumCodeSize))
        {
            module = Mm(CodeSize) / modules.Length;
        }
        var size = module * modules.Length;
        var left = MathF.Round((centre - size / 2) / Grid) * Grid;
        top = MathF.Round(top / Grid) * Grid;
        using var white = new SKPaint { Color = SKColors.White };
        canvas.DrawRect(left, top, size, size, white);
        using var builder = new SKPathBuilder();
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (!modules[row][column])
                {
                    continue;
                }
                var start = column;
                while (column + 1 < modules[row].Length && modules[row][column + 1])
                {
                    column++;
                }
                builder.AddRect(SKRect.Create(left + start * module, top + row * module, (column - start + 1) * module, module), SKPathDirection.Clockwise);
            }
        }
        using var path = builder.Detach();
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawPath(path, black);
    }

    /// <summary>The address on one line, smaller when long; one too long even then breaks before its last part.</summary>
    private void DrawUrl(SKCanvas canvas, string url, float centre, float baseline, float width)
    {
        const float Largest = 8, Smallest = 5.5f;
        var size = text.SizeToFit(url, Largest, Smallest, width);
        if (text.Width(url, size) <= width)
        {
            text.Draw(canvas, url, centre, baseline, size, align: SKTextAlign.Center);
            return;
        }
        var cut = url.LastIndexOf('/', url.LastIndexOf('/') - 1);
        text.Draw(canvas, text.Fit(url[..cut], Smallest, width), centre, baseline - Smallest, Smallest, align: SKTextAlign.Center);
        text.Draw(canvas, url[cut..], centre, baseline + 1, Smallest, align: SKTextAlign.Center);
    }
}
