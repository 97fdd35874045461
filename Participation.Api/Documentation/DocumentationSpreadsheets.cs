using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Participation.Api.Extensions;

namespace Participation.Api.Documentation;

/// <summary>
/// The raw ideas, their dots and the attendance for analysis: CSV (the ideas; semicolons, byte-order mark and CRLF, how German
/// Excel opens it right) and XLSX (ideas, attendance and figures on three sheets). Rows follow the model's order, so the same
/// data gives the same bytes.
/// </summary>
public static partial class DocumentationSpreadsheets
{
    public static byte[] Csv(DocumentationModel model, DocumentationLabels labels)
    {
        var table = Ideas(model, labels).Neutralised();
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var header in table[0].Keys)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in table.Skip(1))
            {
                foreach (var value in row.Values)
                {
                    csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture));
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(DocumentationModel model, DocumentationLabels labels)
    {
        var sheets = new Dictionary<string, object>
        {
            [labels.Idea] = Rows(Ideas(model, labels).Neutralised()),
            [labels.Attendance] = Rows(Attendance(model, labels).Neutralised()),
            [labels.Figures] = Rows(Figures(model, labels).Neutralised()),
        };
        using var written = new MemoryStream();
        written.SaveAs(sheets);
        return Deterministic(written);
    }

    /// <summary>
    /// MiniExcel stamps each zip entry with the time of writing and names each sheet's relationship with a new GUID; copied
    /// into a new archive with one fixed time and the relationships numbered in order, the same rows give the same bytes.
    /// </summary>
    private static byte[] Deterministic(MemoryStream xlsx)
    {
        var stamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var source = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var rels = source.GetEntry("xl/_rels/workbook.xml.rels") is { } entry ? new StreamReader(entry.Open()).ReadToEnd() : "";
        var ids = RandomRelationshipId().Matches(rels).Select(m => m.Value).Distinct().Select((id, i) => (id, i)).ToDictionary(p => p.id, p => $"rIdSheet{p.i + 1}");
        using var copy = new MemoryStream();
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                var partCopy = target.CreateEntry(part.FullName, CompressionLevel.Optimal);
                partCopy.LastWriteTime = stamp;
                using var from = part.Open();
                using var to = partCopy.Open();
                if (part.FullName is "xl/workbook.xml" or "xl/_rels/workbook.xml.rels")
                {
                    var xml = RandomRelationshipId().Replace(new StreamReader(from).ReadToEnd(), m => ids.GetValueOrDefault(m.Value, m.Value));
                    to.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble());
                    to.Write(Encoding.UTF8.GetBytes(xml));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return copy.ToArray();
    }

    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex RandomRelationshipId();

    /// <summary>The first row is a template holding the headings, so a sheet without data still has them.</summary>
    private static List<Dictionary<string, object?>> Rows(List<Dictionary<string, object?>> table) => table.Count == 1 ? table : table.Skip(1).ToList();

    private static List<Dictionary<string, object?>> Ideas(DocumentationModel model, DocumentationLabels l)
    {
        Dictionary<string, object?> Row(EventChapter? e = null, SessionPart? s = null, BoardPart? b = null, ColumnPart? c = null, IdeaPart? i = null) => new()
        {
            [l.Events] = e?.Title,
            [l.When] = e is null ? null : Date(e),
            [l.Sessions] = s?.Title,
            [l.Board] = b?.Title,
            [l.Column] = c?.Title,
            [l.Idea] = i?.Text,
            [l.Votes] = i?.Votes,
            [l.Cluster] = i?.Cluster,
            [l.Area] = i?.Area,
            [l.Language] = i?.Language,
            [l.Mark] = i?.Mark,
            [l.Hidden] = i is null ? null : i.Hidden ? 1 : 0,
            [l.MergedDuplicates] = i?.MergedDuplicates.Count,
        };
        var rows = new List<Dictionary<string, object?>> { Row() };
        rows.AddRange(from e in model.Events
                      from s in e.Sessions
                      from b in s.Boards
                      from c in b.Columns
                      from i in c.Ideas
                      select Row(e, s, b, c, i));
        return rows;
    }

    private static List<Dictionary<string, object?>> Attendance(DocumentationModel model, DocumentationLabels l)
    {
        Dictionary<string, object?> Row(string? @event, string? kind, string? label, int? count) => new()
        {
            [l.Events] = @event, [l.Kind] = kind, [l.Label] = label, [l.Count] = count,
        };
        var rows = new List<Dictionary<string, object?>> { Row(null, null, null, null) };
        foreach (var e in model.Events)
        {
            rows.Add(Row(e.Title, l.Registered, null, e.Attendance.Registered));
            rows.Add(Row(e.Title, l.CheckedIn, null, e.Attendance.CheckedIn));
            rows.AddRange(e.Attendance.ByPerspective.Select(p => Row(e.Title, l.ByPerspective, p.Label, p.Count)));
            rows.AddRange(e.Attendance.ByOrganisation.Select(o => Row(e.Title, l.ByOrganisation, o.Label, o.Count)));
        }
        return rows;
    }

    private static List<Dictionary<string, object?>> Figures(DocumentationModel model, DocumentationLabels l)
    {
        Dictionary<string, object?> Row(string? figure, string? label, int? count) => new()
        {
            [l.Figures] = figure, [l.Area] = label, [l.Count] = count,
        };
        var n = model.Numbers;
        var rows = new List<Dictionary<string, object?>>
        {
            Row(null, null, null),
            Row(l.Events, null, n.Events), Row(l.Sessions, null, n.Sessions), Row(l.Board, null, n.Boards), Row(l.Idea, null, n.Ideas),
            Row(l.Votes, null, n.Votes), Row(l.Participants, null, n.Participants), Row(l.Registered, null, n.Registered),
            Row(l.CheckedIn, null, n.CheckedIn), Row(l.Contributions, null, n.Contributions),
        };
        rows.AddRange(n.IdeasByArea.Select(a => Row(l.IdeasByArea, a.Label, a.Count)));
        return rows;
    }

    /// <summary>The event's calendar day where it takes place, as ISO date so every spreadsheet sorts it.</summary>
    private static string Date(EventChapter e) =>
        (TimeZones.IsKnown(e.TimeZone) ? TimeZones.InZone(e.StartsAt.UtcDateTime, e.TimeZone) : e.StartsAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
