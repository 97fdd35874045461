using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Indicators;

namespace Participation.Web.Pages.Organise.Indicators;

/// <summary>
/// An indicator's values as a grid: a row per year, a column for the whole area and one per municipality, plus an empty row
/// and column to add one. Saved through the JSON values handler, so one bad cell saves nothing; emptying a cell removes its value.
/// </summary>
public sealed partial class ValuesModel(
    ParticipationDb db, ProcessAccess access, IndicatorValues store, IOptions<IndicatorsOptions> options,
    IValidator<IndicatorValueInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>The municipalities as stored; the first, empty one is the whole area.</summary>
    public IReadOnlyList<string> Places { get; private set; } = [""];
    public string? NewYear { get; private set; }
    public string? NewPlace { get; private set; }
    private Dictionary<(int Year, string Place), decimal> stored = [];
    private readonly Dictionary<string, string> posted = [];

    public static string CellKey(int row, int column) => $"cell-{row}-{column}";

    /// <summary>Whether the page's language writes a decimal comma; then "1.234" typed into a cell is 1234, as in a German CSV file.</summary>
    public static bool TypesDecimalComma => System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator == ",";

    /// <summary>What the cell shows: what was typed, else the stored value without thousands marks (so it reads back as the same number).</summary>
    public string CellValue(int row, int column)
    {
        if (posted.TryGetValue(CellKey(row, column), out var typed))
        {
            return typed;
        }
        return row < Years.Count && column < Places.Count && stored.TryGetValue((Years[row], Places[column]), out var value)
            ? value.ToString("0.##########", CultureInfo.CurrentCulture)
            : "";
    }

    public IReadOnlyList<string> ErrorsOf(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        Years = stored.Keys.Select(k => k.Year).Distinct().Order().ToList();
        Places = ["", .. stored.Keys.Select(k => k.Place).Where(p => p.Length > 0).Distinct()
            .Order(StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var form = Request.Form;
        Years = form["years"].Select(y => int.TryParse(y, CultureInfo.InvariantCulture, out var year) ? year : (int?)null).OfType<int>().ToList();
        Places = form["places"].Select(p => p ?? "").ToList() is { Count: > 0 } places ? places : [""];
        NewYear = form["newYear"].ToString().Trim();
        NewPlace = form["newPlace"].ToString().Trim();
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("cell-", StringComparison.Ordinal)))
        {
            posted[key] = value.ToString();
        }
        var entries = Entries(out var cellOf);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (entries.Count == 0)
        {
            return this.RedirectWithNotice($"/organise/indicators/{id}/values/edit", text["IndicatorGrid.NothingChanged"]);
        }
        switch ((await IndicatorValuesApi.SaveValues(id, entries, User, db, access, store, options, validator, messages, ct)).Result)
        {
            case ProblemHttpResult problem:
                return this.Problem(problem);
            case ValidationProblem invalid:
                foreach (var (field, errors) in invalid.ProblemDetails.Errors)
                {
                    var key = EntryField().Match(field) is { Success: true } m ? cellOf[int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)](m.Groups["field"].Value) : "";
                    foreach (var error in errors)
                    {
                        ModelState.AddModelError(key, error);
                    }
                }
                return Page();
            case Ok<ValuesResult> ok:
                return this.RedirectWithNotice($"/organise/indicators/{id}/values/edit", text["IndicatorGrid.Saved", ok.Value!.Imported, ok.Value.Removed]);
            default:
                return Page();
        }
    }

    /// <summary>
    /// The cells that differ from what is stored, as API entries; <paramref name="cellOf"/> tells for each entry and API field
    /// which form field an error belongs to. Cells that cannot be read, and a new row or column without its year or name, go into the form's state.
    /// </summary>
    private List<IndicatorValueInput> Entries(out List<Func<string, string>> cellOf)
    {
        cellOf = [];
        var entries = new List<IndicatorValueInput>();
        int? newYear = null;
        if (NewYear!.Length > 0)
        {
            if (!int.TryParse(NewYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                ModelState.AddModelError("newYear", text["Form.ValueInvalid"]);
            }
            else if (Years.Contains(year))
            {
                ModelState.AddModelError("newYear", text["IndicatorGrid.YearExists"]);
            }
            newYear = year;
        }
        if (NewPlace!.Length > 0 && Places.Any(p => string.Equals(p, NewPlace, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("newPlace", text["IndicatorGrid.PlaceExists"]);
        }
        for (var row = 0; row <= Years.Count; row++)
        {
            for (var column = 0; column <= Places.Count; column++)
            {
                var key = CellKey(row, column);
                var typed = posted.GetValueOrDefault(key)?.Trim() ?? "";
                var isNewRow = row == Years.Count;
                var isNewColumn = column == Places.Count;
                if (isNewRow || isNewColumn)
                {
                    if (typed.Length == 0)
                    {
                        continue;
                    }
                    if (isNewRow && NewYear!.Length == 0)
                    {
                        AddOnce("newYear", text["IndicatorGrid.YearMissing"]);
                    }
                    if (isNewColumn && NewPlace!.Length == 0)
                    {
                        AddOnce("newPlace", text["IndicatorGrid.PlaceMissing"]);
                    }
                }
                var year = isNewRow ? newYear ?? 0 : Years[row];
                var place = isNewColumn ? NewPlace! : Places[column];
                var has = stored.TryGetValue((year, place), out var old);
                decimal? value = null;
                if (typed.Length > 0)
                {
                    value = IndicatorValuesCsv.ParseValue(typed, german: TypesDecimalComma);
                    if (value is null)
                    {
                        ModelState.AddModelError(key, text["IndicatorGrid.NotANumber"]);
                        continue;
                    }
                }
                if ((value is null && !has) || (has && value == old))
                {
                    continue;
                }
                entries.Add(new IndicatorValueInput(year, value, place));
                cellOf.Add(field => field switch
                {
                    "year" when isNewRow => "newYear",
                    "municipality" when isNewColumn => "newPlace",
                    _ => key,
                });
            }
        }
        return entries;
    }

    private void AddOnce(string key, string message)
    {
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(User, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return this.Problem(denied);
        }
        Indicator = await db.Indicators.AsNoTracking().FirstAsync(i => i.Id == id, ct);
        stored = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id)
            .ToDictionaryAsync(v => (v.Year, v.Municipality), v => v.Value, ct);
        return null;
    }

    [GeneratedRegex(@"^\[(?<index>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex EntryField();
}
