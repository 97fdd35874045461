using System.Text;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Indicators.Charts;

/// <summary>
/// An indicator's chart as SVG (pages, API, HTML report), PNG (API, DOCX report) or a picture drawn as vectors (PDF report):
/// all from one computed drawing, the same bytes for the same data.
/// </summary>
public static class IndicatorCharts
{
    /// <summary>The PNG has this many pixels per SVG unit, sharp enough for print.</summary>
    public const int PngScale = 2;

    // Found once through fontconfig; the typefaces are only read afterwards.
    private static readonly Lazy<PdfFonts> Fonts = new(() => new PdfFonts());

    public static string Svg(IndicatorChart chart)
    {
        using var text = new PdfText(Fonts.Value);
        var drawing = ChartLayout.Lay(chart, text);
        return ChartSvg.Write(chart, drawing, Fonts.Value.Regular.FamilyName, ChartDescriptions.Describe(chart));
    }

    public static byte[] SvgBytes(IndicatorChart chart) => new UTF8Encoding(false).GetBytes(Svg(chart));

    public static byte[] Png(IndicatorChart chart)
    {
        using var text = new PdfText(Fonts.Value);
        return ChartPng.Paint(ChartLayout.Lay(chart, text), text, PngScale);
    }

    /// <summary>The chart laid out once, to be drawn as vectors (the PDF report).</summary>
    public static ChartPicture Picture(IndicatorChart chart)
    {
        using var text = new PdfText(Fonts.Value);
        return new ChartPicture(ChartLayout.Lay(chart, text));
    }

    /// <summary>The chart's size in SVG units; the PNG is <see cref="PngScale"/> times as large.</summary>
    public static (int Width, int Height) Size(IndicatorChart chart) => ChartLayout.Size(chart);
}
