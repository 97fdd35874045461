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
/// One recommendation: its text, where it came from, its state with the form for the next move (organisers only, as in
/// the API), its history, and the form to change its text fields.
/// </summary>
public sealed class ShowModel(
    ParticipationDb db, ProcessAccess access, RecommendationService recommendations, TraceService trace,
    IValidator<StateInput> moveValidator, IValidator<RecommendationUpdate> updateValidator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public RecommendationResponse Recommendation { get; private set; } = null!;
    public string ProcessTitle { get; private set; } = "";
    public bool IsOrganiser { get; private set; }
    public RecommendationFields Fields { get; private set; } = null!;
    public OriginsResponse Origins { get; private set; } = null!;
    public IReadOnlyList<StateChangeResponse> History { get; private set; } = [];
    public IReadOnlyList<SectionChoice> Sections { get; private set; } = [];
    [BindProperty] public RecommendationForm Form { get; set; } = new();
    [BindProperty] public MoveForm Move { get; set; } = new();
    [BindProperty] public List<Guid> IdeaIds { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    /// <summary>Ideas of the process that are not yet sources: the candidates and those found by the search.</summary>
    public IReadOnlyList<IdeaChoice> MoreIdeas { get; private set; } = [];

    public string AreaName => Fields.Areas.FirstOrDefault(a => a.Id == Recommendation.AreaId)?.Name ?? "";

    public string BodyName => Fields.Bodies.FirstOrDefault(b => b.Id == Recommendation.BodyId)?.Name ?? "";

    public SectionChoice? Section(Guid? id) => Sections.FirstOrDefault(s => s.Id == id);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, keepForm: false, ct) ?? Page();

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, keepForm: false, ct) is { } problem)
        {
            return problem;
        }
        if (Move.State is null)
        {
            ModelState.AddModelError("state", text["RecommendationPage.ChooseState"]);
        }
        var input = Move.ToInput();
        return await this.SubmitAsync(moveValidator, input, messages,
            async () => (await RecommendationsApi.MoveRecommendation(id, input, User, db, access, recommendations, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/recommendations/{id}#state-heading", text["RecommendationPage.Moved"]),
            ct);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, keepForm: true, ct) is { } problem)
        {
            return problem;
        }
        var input = new RecommendationUpdate(Form.Kind ?? RecommendationKind.Recommendation, Form.Title ?? "", Form.Text ?? "", Form.Rationale, Form.AreaId, Form.BodyId);
        return await this.SubmitAsync(updateValidator, input, messages,
            async () => (await RecommendationsApi.UpdateRecommendation(id, input, User, db, access, recommendations, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/recommendations/{id}", text["Form.Saved"]),
            ct);
    }

    public async Task<IActionResult> OnPostAddSourcesAsync(Guid id, [FromServices] IValidator<SourcesInput> sourcesValidator, CancellationToken ct)
    {
        if (await LoadAsync(id, keepForm: false, ct) is { } problem)
        {
            return problem;
        }
        var input = new SourcesInput(IdeaIds);
        return await this.SubmitAsync(sourcesValidator, input, messages,
            async () => (await RecommendationsApi.AddRecommendationSources(id, input, User, db, access, recommendations, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/recommendations/{id}#sources-heading", text["RecommendationPage.SourcesAdded"]),
            ct);
    }

    public async Task<IActionResult> OnPostRemoveSourceAsync(Guid id, Guid? ideaId, Guid? contributionId, CancellationToken ct)
    {
        if (await LoadAsync(id, keepForm: false, ct) is { } problem)
        {
            return problem;
        }
        var removed = ideaId is { } idea
            ? (await RecommendationsApi.RemoveRecommendationIdea(id, idea, User, db, access, recommendations, messages, ct)).Result
            : (await RecommendationsApi.RemoveRecommendationContribution(id, contributionId ?? Guid.Empty, User, db, access, recommendations, messages, ct)).Result;
        switch (removed)
        {
            // The last source stays: that refusal belongs on the page, not on an error page.
            case ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict } conflict:
                ModelState.AddModelError("sources", conflict.ProblemDetails.Title ?? "");
                return Page();
            case ProblemHttpResult refused:
                return this.Problem(refused);
            default:
                return this.RedirectWithNotice($"/organise/recommendations/{id}#sources-heading", text["RecommendationPage.SourceRemoved"]);
        }
    }

    /// <summary>Reads everything through the API's handlers; <paramref name="keepForm"/> keeps the edit form as posted.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, bool keepForm, CancellationToken ct)
    {
        var got = (await RecommendationsApi.GetRecommendation(id, User, db, access, recommendations, ct)).Result;
        if (got is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Recommendation = ((Ok<RecommendationResponse>)got).Value!;
        var processId = Recommendation.ProcessId;
        ProcessTitle = await db.Processes.Where(p => p.Id == processId).Select(p => p.Title).FirstAsync(ct);
        IsOrganiser = await access.CheckAsync(User, processId, ProcessRole.Organiser, ct) == Access.Granted;
        if (!keepForm)
        {
            Form = new RecommendationForm
            {
                Kind = Recommendation.Kind, Title = Recommendation.Title, Text = Recommendation.Text, Rationale = Recommendation.Rationale,
                AreaId = Recommendation.AreaId, BodyId = Recommendation.BodyId,
            };
        }
        Fields = await RecommendationFields.LoadAsync(db, processId, Form, ct);
        Origins = ((Ok<OriginsResponse>)(await TraceApi.RecommendationOrigins(id, User, db, access, trace, ct)).Result).Value!;
        History = ((Ok<List<StateChangeResponse>>)(await RecommendationsApi.RecommendationHistory(id, User, db, access, ct)).Result).Value!;
        Sections = await (from s in db.ConceptSections.AsNoTracking()
                          join d in db.ConceptDocuments on s.DocumentId equals d.Id
                          where d.ProcessId == processId && (s.WithdrawnAt == null || s.Id == Recommendation.SectionId)
                          orderby d.Title, d.Version, s.Position
                          select new SectionChoice(s.Id, d.Title, d.Version, s.Number, s.Title)).ToListAsync(ct);
        var more = (await SourceChoices.CandidatesAsync(db, processId, ct)).Concat(await SourceChoices.FoundAsync(db, processId, Search, IdeaIds, ct));
        MoreIdeas = more.DistinctBy(i => i.Id).Where(i => !Recommendation.IdeaIds.Contains(i.Id)).ToList();
        return null;
    }
}
