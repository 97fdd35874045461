using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>Readers' contributions to one document, the waiting ones first: publish, hide with a reason, answer publicly.</summary>
public sealed class ContributionsModel(
    ParticipationDb db, ProcessAccess access, ConceptService concept,
    IValidator<HideInput> hideValidator, IValidator<AnswerInput> answerValidator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public DocumentResponse Document { get; private set; } = null!;
    public IReadOnlyList<ContributionResponse> Contributions { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public ContributionState? State { get; set; }

    public string SectionLabel(Guid sectionId) => Document.Sections.FirstOrDefault(s => s.Id == sectionId) is { } s ? $"{s.Number} {s.Title}" : "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostPublishAsync(Guid id, Guid contributionId, CancellationToken ct) =>
        ModerateAsync(id, contributionId, "Contribution.PublishedNotice", null, null,
            async () => (await ContributionsApi.PublishContribution(contributionId, User, db, access, concept, messages, ct)).Result, ct);

    public Task<IActionResult> OnPostHideAsync(Guid id, Guid contributionId, string? reason, CancellationToken ct)
    {
        var input = new HideInput(reason ?? "");
        return ModerateAsync(id, contributionId, "Contribution.HiddenNotice", $"reason-{contributionId}",
            async () => await hideValidator.ValidateToProblemAsync(input, messages, ct),
            async () => (await ContributionsApi.HideContribution(contributionId, input, User, db, access, concept, messages, ct)).Result, ct);
    }

    public Task<IActionResult> OnPostAnswerAsync(Guid id, Guid contributionId, string? answer, CancellationToken ct)
    {
        var input = new AnswerInput(answer ?? "");
        return ModerateAsync(id, contributionId, "Contribution.AnsweredNotice", $"answer-{contributionId}",
            async () => await answerValidator.ValidateToProblemAsync(input, messages, ct),
            async () => (await ContributionsApi.AnswerContribution(contributionId, input, User, db, access, concept, messages, ct)).Result, ct);
    }

    /// <summary>
    /// Each contribution has its own small forms, so a field error is filed under that contribution's field
    /// (<paramref name="field"/>) and the list comes back with it.
    /// </summary>
    private async Task<IActionResult> ModerateAsync(
        Guid id, Guid contributionId, string notice, string? field, Func<Task<ValidationProblem?>>? validate, Func<Task<IResult>> handler, CancellationToken ct)
    {
        var belongs = await db.Contributions.AnyAsync(c => c.Id == contributionId && db.ConceptSections.Any(s => s.Id == c.SectionId && s.DocumentId == id), ct);
        if (!belongs)
        {
            return NotFound();
        }
        var invalid = validate is null ? null : await validate();
        if (invalid is null)
        {
            switch (await handler())
            {
                case ProblemHttpResult problem:
                    return this.Problem(problem);
                case ValidationProblem validation:
                    invalid = validation;
                    break;
                default:
                    return this.RedirectWithNotice($"/organise/documents/{id}/contributions{(State is null ? "" : $"?state={State}")}#c-{contributionId}", text[notice]);
            }
        }
        foreach (var message in invalid?.ProblemDetails.Errors.SelectMany(e => e.Value) ?? [])
        {
            ModelState.AddModelError(field ?? "", message);
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var listed = await ContributionsApi.ListContributions(id, User, db, access, messages, ct, State?.ToString());
        switch (listed.Result)
        {
            case ProblemHttpResult problem:
                return this.Problem(problem);
            case Ok<List<ContributionResponse>> ok:
                Contributions = ok.Value!;
                break;
        }
        Document = (await concept.DocumentResponseAsync(id, ct))!;
        return null;
    }
}
