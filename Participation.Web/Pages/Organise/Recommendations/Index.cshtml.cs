using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>The recommendations and guidelines of a process, filtered the way the API list filters them.</summary>
public sealed class IndexModel(ParticipationDb db, ProcessAccess access, RecommendationService recommendations, IStringLocalizer<Messages> messages) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? AreaId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? BodyId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public RecommendationFields Fields { get; private set; } = null!;
    public IReadOnlyList<RecommendationResponse> Recommendations { get; private set; } = [];
    public bool Filtered => State is not null || Kind is not null || AreaId is not null || BodyId is not null || Year is not null;

    public string AreaName(Guid? id) => Fields.Areas.FirstOrDefault(a => a.Id == id)?.Name ?? "";

    public string BodyName(Guid? id) => Fields.Bodies.FirstOrDefault(b => b.Id == id)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        (State, Kind) = (State.NullIfBlank(), Kind.NullIfBlank());
        var listed = await RecommendationsApi.ListRecommendations(id, User, db, access, recommendations, messages, ct, State, Kind, AreaId, BodyId, Year);
        switch (listed.Result)
        {
            case ProblemHttpResult problem:
                return this.Problem(problem);
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case Ok<List<RecommendationResponse>> ok:
                Recommendations = ok.Value!;
                break;
        }
        ProcessId = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        Fields = await RecommendationFields.LoadAsync(db, id, new RecommendationForm(), ct);
        return Page();
    }
}
