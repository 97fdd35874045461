using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Measures;

namespace Participation.Web.Pages.Organise.Measures;

/// <summary>The measures of a process by thematic area, filtered by area, status and a year they run in, as the API list allows.</summary>
public sealed class IndexModel(ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> messages) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public bool IsOrganiser { get; private set; }
    public IReadOnlyList<MeasureEditModel.Choice> Areas { get; private set; } = [];
    public IReadOnlyList<MeasureResponse> Measures { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "areaId")] public Guid? AreaFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public MeasureStatus? StatusFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public int? YearFilter { get; set; }

    public string? AreaName(Guid? areaId) => Areas.FirstOrDefault(a => a.Id == areaId)?.Name;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var listed = await MeasuresApi.ListMeasures(id, AreaFilter, StatusFilter?.ToString(), YearFilter, User, db, access, messages, ct);
        switch (listed.Result)
        {
            case ProblemHttpResult problem:
                return this.Problem(problem);
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case Ok<List<MeasureResponse>> ok:
                Measures = ok.Value!;
                break;
        }
        ProcessId = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        IsOrganiser = await access.CheckAsync(User, id, ProcessRole.Organiser, ct) == Access.Granted;
        Areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == id).OrderBy(a => a.Position).ThenBy(a => a.Name)
            .Select(a => new MeasureEditModel.Choice(a.Id, a.Name)).ToListAsync(ct);
        return Page();
    }
}
