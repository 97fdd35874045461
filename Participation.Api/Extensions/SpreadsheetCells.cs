namespace Participation.Api.Extensions;

/// <summary>
/// Text typed by the public (ideas, names, remarks) ends up in cells organisers open in Excel or LibreOffice.
/// A cell that starts like a formula is prefixed with an apostrophe (the OWASP advice), so it is shown, never run.
/// </summary>
public static class SpreadsheetCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || !FormulaStarts.Contains(text[0]) ? text : "'" + text;

    /// <summary>Every text value of every row, neutralised; numbers and dates stay what they are.</summary>
    public static List<Dictionary<string, object?>> Neutralised(this List<Dictionary<string, object?>> table) =>
        table.Select(row => row.ToDictionary(cell => cell.Key, cell => cell.Value is string text ? Neutralise(text) : cell.Value)).ToList();
}
