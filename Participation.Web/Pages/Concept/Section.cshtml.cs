using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Extensions;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Api.Security;

namespace Participation.Web.Pages.Concept;

/// <summary>
/// What a QR code in the printed concept opens: the section, what the workshops said, what readers said, and a form
/// to add to it. A withdrawn section or an unknown code still gets a readable page, never an error page.
/// </summary>
[EnableRateLimiting(RateLimits.Contributions)]
public sealed class SectionModel(
    ConceptService concept, TokenGenerator tokens, IOptions<ConceptOptions> options,
    IValidator<ContributionInput> validator, IStringLocalizer<Messages> messages, PageTexts text,
    ParticipationDb db, PrivacyNotices notices) : PageModel
{
    public sealed class ContributionForm
    {
        public ContributionKind Kind { get; set; }
        public string? Text { get; set; }
        public string? AuthorName { get; set; }
        public bool PrivacyConsent { get; set; }
        public int? ConsentVersion { get; set; }
    }

    /// <summary>The privacy notice of the document's process, whose consent sentence the form shows.</summary>
    public PrivacyNoticeResponse? Privacy { get; private set; }

    public string Code { get; private set; } = "";
    /// <summary>Null when no section has the code.</summary>
    public PublicSectionResponse? Section { get; private set; }
    /// <summary>The live figures of this section, when the process's monitoring is published.</summary>
    public string? MonitoringAddress { get; private set; }
    public int ContributionMaxLength => options.Value.ContributionMaxLength;
    public int AuthorNameMaxLength => options.Value.AuthorNameMaxLength;
    [BindProperty] public ContributionForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await concept.FindByCodeAsync(code, ct) is { } found)
        {
            await concept.RecordScanAsync(found.Id, ct);
        }
        return await ShowAsync(code, ct);
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var input = new ContributionInput(Form.Text ?? "", Form.PrivacyConsent, Form.Kind, Form.AuthorName, Form.ConsentVersion);
        var invalid = await validator.ValidateToProblemAsync(input, messages, ct);
        if (invalid is null && ModelState.IsValid)
        {
            switch ((await ContributionsApi.Contribute(code, input, HttpContext, concept, tokens, messages, ct)).Result)
            {
                case Created<ContributionResponse> created:
                    return this.RedirectWithNotice($"{Address(code)}#c-{created.Value!.Id}", text["Reader.Published"]);
                case Accepted<ContributionResponse>:
                    return this.RedirectWithNotice($"{Address(code)}#contribute", text["Reader.WillAppearAfterReview"]);
                case ValidationProblem validation:
                    invalid = validation;
                    break;
                case ProblemHttpResult problem:
                    // Too many from this device, or the section was withdrawn meanwhile: the page says so and keeps the text.
                    ModelState.AddModelError("", problem.ProblemDetails.Title ?? "");
                    Response.StatusCode = problem.StatusCode;
                    break;
            }
        }
        if (invalid is not null)
        {
            ModelState.AddErrors(invalid);
        }
        return await ShowAsync(code, ct);
    }

    public async Task<IActionResult> OnPostSupportAsync(string code, Guid contributionId, CancellationToken ct)
    {
        var result = (await ContributionsApi.Support(contributionId, HttpContext, concept, tokens, messages, ct)).Result;
        return result is ProblemHttpResult
            ? await ShowAsync(code, ct)
            : this.RedirectWithNotice($"{Address(code)}#c-{contributionId}", text["Reader.Supported"]);
    }

    private static string Address(string code) => $"/k/{Uri.EscapeDataString(ShortCodes.Normalize(code))}";

    private async Task<IActionResult> ShowAsync(string code, CancellationToken ct)
    {
        Code = code;
        Section = await concept.PublicSectionAsync(code, ct);
        if (Section is null)
        {
            // A readable page in the visitor's language, with a form to type the code again; the status says what happened.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var processId = await db.ConceptDocuments.AsNoTracking().Where(d => d.Id == Section.DocumentId).Select(d => d.ProcessId).FirstAsync(ct);
        Privacy = await notices.CurrentAsync(processId, ct);
        if (await db.Processes.AnyAsync(p => p.Id == processId && p.MonitoringPublishedAt != null, ct))
        {
            MonitoringAddress = $"/monitoring/{processId}?section={Uri.EscapeDataString(Section.Code)}";
        }
        return Page();
    }
}
