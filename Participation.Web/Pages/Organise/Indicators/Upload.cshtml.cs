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

/// <summary>Uploads a CSV of an indicator's values and shows what went in and which lines did not, with their numbers and reasons.</summary>
public sealed class UploadModel(
    ParticipationDb db, ProcessAccess access, IndicatorValues store, IOptions<IndicatorsOptions> options, IStringLocalizer<Messages> messages) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    [BindProperty] public IFormFile? Csv { get; set; }
    public int? Imported { get; private set; }
    public IReadOnlyList<RejectedLine> Rejected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        if (Csv is not { Length: > 0 } file)
        {
            ModelState.AddModelError("csv", messages["Indicators.Csv.Header"]);
            return Page();
        }
        if (file.Length > options.Value.MaxImportBytes)
        {
            ModelState.AddModelError("csv", messages["Indicators.Csv.TooLarge", options.Value.MaxImportBytes]);
            return Page();
        }
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, ct);
        switch ((await IndicatorValuesApi.ImportCsv(id, bytes.ToArray(), User, db, access, store, options, messages, ct)).Result)
        {
            case Ok<ValuesResult> ok:
                (Imported, Rejected) = (ok.Value!.Imported, ok.Value.Rejected);
                break;
            case ValidationProblem invalid:
                foreach (var message in invalid.ProblemDetails.Errors.SelectMany(e => e.Value))
                {
                    ModelState.AddModelError("csv", message);
                }
                Rejected = invalid.ProblemDetails.Extensions.TryGetValue("rejected", out var lines) && lines is IReadOnlyList<RejectedLine> list ? list : [];
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(User, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return this.Problem(denied);
        }
        Indicator = await db.Indicators.AsNoTracking().FirstAsync(i => i.Id == id, ct);
        return null;
    }
}
