using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Indicators;

/// <summary>
/// Reads a CSV of values: a header line naming the columns (year/Jahr, municipality/Kommune/Gemeinde, value/Wert;
/// municipality may be left out), separated by semicolons or commas, UTF-8 with or without BOM. Every line is
/// judged on its own: the good ones come back as entries, the bad ones with their line number and a reason.
/// </summary>
public static class IndicatorValuesCsv
{
    private static readonly string[] YearNames = ["year", "jahr"];
    private static readonly string[] MunicipalityNames = ["municipality", "kommune", "gemeinde", "ort"];
    private static readonly string[] ValueNames = ["value", "wert"];

    public sealed record Entry(int Line, int Year, string Municipality, decimal Value);

    /// <summary>The file as a whole is unreadable (not UTF-8, no header with year and value): nothing of it can be taken.</summary>
    public sealed record Failure(string Message);

    public static (IReadOnlyList<Entry> Entries, IReadOnlyList<RejectedLine> Rejected, Failure? Failure) Read(
        byte[] bytes, IndicatorsOptions limits, IStringLocalizer<Messages> text)
    {
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], [], new Failure(text["Indicators.Csv.Encoding"]));
        }
        var firstLine = content.Split('\n', 2)[0];
        var semicolons = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') && firstLine.Contains(';');
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = semicolons ? ";" : ",",
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            Mode = CsvMode.RFC4180,
        };
        using var parser = new CsvParser(new StringReader(content), configuration);
        if (!parser.Read())
        {
            return ([], [], new Failure(text["Indicators.Csv.Header"]));
        }
        var header = parser.Record!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var year = Array.FindIndex(header, YearNames.Contains);
        var municipality = Array.FindIndex(header, MunicipalityNames.Contains);
        var value = Array.FindIndex(header, ValueNames.Contains);
        if (year < 0 || value < 0)
        {
            return ([], [], new Failure(text["Indicators.Csv.Header"]));
        }

        var entries = new List<Entry>();
        var rejected = new List<RejectedLine>();
        var seen = new HashSet<(int, string)>();
        var lines = 0;
        while (parser.Read())
        {
            if (++lines > limits.MaxValuesPerImport)
            {
                return ([], [], new Failure(text["Indicators.Csv.TooManyLines", limits.MaxValuesPerImport]));
            }
            var line = parser.RawRow;
            var record = parser.Record!;
            if (record.Length < header.Length)
            {
                rejected.Add(new RejectedLine(line, "line", text["Indicators.Csv.Columns"]));
                continue;
            }
            var place = municipality < 0 ? "" : record[municipality].Trim();
            if (!int.TryParse(record[year], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                rejected.Add(new RejectedLine(line, "year", text["Indicators.Csv.Year"]));
            }
            else if (y < limits.MinYear || y > limits.MaxYear)
            {
                rejected.Add(new RejectedLine(line, "year", text["Indicators.YearOutOfRange", limits.MinYear, limits.MaxYear]));
            }
            else if (place.Length > limits.MunicipalityMaxLength)
            {
                rejected.Add(new RejectedLine(line, "municipality", text["Indicators.MunicipalityTooLong", limits.MunicipalityMaxLength]));
            }
            else if (ParseValue(record[value], semicolons) is not { } v)
            {
                rejected.Add(new RejectedLine(line, "value", text["Indicators.Csv.Value"]));
            }
            else if (Math.Abs(v) > IndicatorValues.Largest)
            {
                rejected.Add(new RejectedLine(line, "value", text["Indicators.ValueOutOfRange"]));
            }
            else if (!seen.Add((y, place.ToLowerInvariant())))
            {
                rejected.Add(new RejectedLine(line, "line", text["Indicators.DuplicateValue"]));
            }
            else
            {
                entries.Add(new Entry(line, y, place, v));
            }
        }
        return (entries, rejected, null);
    }

    /// <summary>
    /// "12,5", "12.5", "1.234,5" and "1,234.5" are all numbers: where both marks appear the last is the decimal
    /// mark; a single comma is a decimal comma, a single point a decimal point, a repeated one separates thousands.
    /// Spaces (also as thousands gaps) are ignored. In a German file (<paramref name="german"/>: semicolons, as German
    /// spreadsheets save) a single point before three digits separates thousands: "1.234" is 1234 there, not 1,234.
    /// </summary>
    public static decimal? ParseValue(string raw, bool german = false)
    {
        var s = new string([.. raw.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')]);
        if (s.Length == 0)
        {
            return null;
        }
        var comma = s.LastIndexOf(',');
        var point = s.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var thousands = comma > point ? '.' : ',';
            s = s.Replace(thousands.ToString(), "", StringComparison.Ordinal);
        }
        else if (s.Count(c => c is ',' or '.') > 1 || german && point >= 0 && comma < 0 && IsThousandsGroup(s, point))
        {
            // "1.234.567": a mark that repeats alone separates thousands.
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        s = s.Replace(',', '.');
        if (s.Count(c => c == '.') > 1)
        {
            return null;
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static bool IsThousandsGroup(string s, int point) =>
        point > 0 && s.Length - point - 1 == 3 && s[(point + 1)..].All(char.IsAsciiDigit) && s[..point].TrimStart('-', '+').Length is > 0 and <= 3;
}
