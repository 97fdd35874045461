using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

/// <summary>The attendee list as files: CSV with semicolons and a byte-order mark (how German Excel opens it right), and XLSX.</summary>
public static class AttendeeExports
{
    public static byte[] Csv(IReadOnlyList<RegistrationResponse> rows, IStringLocalizer<Messages> text)
    {
        var table = Table(rows, text);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var header in table[0].Keys)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows.Count == 0 ? [] : table)
            {
                foreach (var value in row.Values)
                {
                    csv.WriteField(value);
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<RegistrationResponse> rows, IStringLocalizer<Messages> text)
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(Table(rows, text), sheetName: text["Export.AttendeesFileName"]);
        return buffer.ToArray();
    }

    /// <summary>One dictionary per person, keyed by the column headings in the caller's language; a header row even when nobody is listed.</summary>
    private static List<Dictionary<string, object?>> Table(IReadOnlyList<RegistrationResponse> rows, IStringLocalizer<Messages> text)
    {
        Dictionary<string, object?> Row(RegistrationResponse? r) => new()
        {
            [text["Field.Name"]] = r?.Name,
            [text["Field.Email"]] = r?.Email,
            [text["Field.Organisation"]] = r?.Organisation,
            [text["Field.Perspective"]] = r?.Perspective,
            [text["Export.Status"]] = r is null ? null : text[$"Status.{r.Status}"].Value,
            [text["Export.WaitingListPosition"]] = r?.WaitingListPosition,
            [text["Field.Language"]] = r?.Language,
            [text["Field.InterpreterLanguage"]] = r?.InterpreterLanguage,
            [text["Field.NeedsSignLanguage"]] = r is null ? null : YesNo(r.NeedsSignLanguage),
            [text["Field.AccessibilityNeeds"]] = r?.AccessibilityNeeds,
            [text["Field.NeedsChildcare"]] = r is null ? null : YesNo(r.NeedsChildcare),
            [text["Field.DietaryNeeds"]] = r?.DietaryNeeds,
            [text["Field.Remarks"]] = r?.Remarks,
            [text["Export.RegisteredAt"]] = r?.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            [text["Export.CheckedInAt"]] = r?.CheckedInAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };
        string YesNo(bool value) => value ? text["Export.Yes"] : text["Export.No"];
        return (rows.Count == 0 ? [Row(null)] : rows.Select(Row).ToList()).Neutralised();
    }
}
