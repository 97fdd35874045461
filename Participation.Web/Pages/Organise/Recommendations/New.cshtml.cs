using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>
/// Makes a recommendation or guideline from ideas of the process (the candidates first, others found by a search)
/// and concept contributions. The search is a second button of the same form, so nothing typed is lost.
/// </summary>
public sealed class NewModel(
    ParticipationDb db, ProcessAccess access, RecommendationService recommendations,
    IValidator<RecommendationInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty] public RecommendationForm Form { get; set; } = new();
    [BindProperty] public List<Guid> IdeaIds { get; set; } = [];
    [BindProperty] public List<Guid> ContributionIds { get; set; } = [];
    [BindProperty] public string? Search { get; set; }
    public RecommendationFields Fields { get; private set; } = null!;
    public IReadOnlyList<IdeaChoice> Candidates { get; private set; } = [];
    public IReadOnlyList<IdeaChoice> Found { get; private set; } = [];
    public IReadOnlyList<ContributionChoice> Contributions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostSearchAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = new RecommendationInput(
            Form.Kind ?? RecommendationKind.Recommendation, Form.Title ?? "", Form.Text ?? "", Form.Rationale, Form.AreaId, Form.BodyId,
            IdeaIds, ContributionIds);
        return await this.SubmitAsync(validator, input, messages,
            async () => (await RecommendationsApi.CreateRecommendation(id, input, User, access, recommendations, messages, ct)).Result,
            created => this.RedirectWithNotice(
                $"/organise/recommendations/{((Created<RecommendationResponse>)created).Value!.Id}", text["RecommendationPage.Created"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.DenyAsync(User, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        Fields = await RecommendationFields.LoadAsync(db, id, Form, ct);
        Candidates = await SourceChoices.CandidatesAsync(db, id, ct);
        Found = (await SourceChoices.FoundAsync(db, id, Search, IdeaIds, ct)).Where(f => Candidates.All(c => c.Id != f.Id)).ToList();
        Contributions = await SourceChoices.ContributionsAsync(db, id, ct);
        return null;
    }
}
