using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Accessibility;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Accessibility;

/// <summary>Organisers and administrators complete the website's accessibility statement; each save is a new version.</summary>
public sealed class EditModel(
    ParticipationDb db, AccessibilityStatements statements, TimeProvider clock,
    IValidator<AccessibilityStatementInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty] public string? Statement { get; set; }
    [BindProperty] public Compliance? Compliance { get; set; }
    [BindProperty] public string? NonAccessibleContent { get; set; }
    [BindProperty] public DateOnly? PreparedOn { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public string? ContactPhone { get; set; }
    [BindProperty] public string? ContactAddress { get; set; }
    [BindProperty] public string? EnforcementText { get; set; }
    [BindProperty] public string? EnforcementUrl { get; set; }
    public AccessibilityStatementResponse Current { get; private set; } = null!;
    public IReadOnlyList<AccessibilityStatementResponse> Versions { get; private set; } = [];

    private bool MayEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Organiser);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await LoadAsync(ct);
        (Statement, Compliance, NonAccessibleContent, PreparedOn) = (Current.Statement, Current.Compliance, Current.NonAccessibleContent, Current.PreparedOn);
        (ContactEmail, ContactPhone, ContactAddress) = (Current.ContactEmail, Current.ContactPhone, Current.ContactAddress);
        (EnforcementText, EnforcementUrl) = (Current.EnforcementText, Current.EnforcementUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await LoadAsync(ct);
        var input = new AccessibilityStatementInput(Statement ?? "", Compliance, NonAccessibleContent, PreparedOn,
            ContactEmail ?? "", ContactPhone, ContactAddress, EnforcementText ?? "", EnforcementUrl ?? "");
        return await this.SubmitAsync(validator, input, messages,
            async () => (IResult)await AccessibilityApi.SaveAccessibilityStatement(input, User, db, clock, ct),
            _ => this.RedirectWithNotice("/organise/accessibility", text["Form.Saved"]),
            ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await statements.CurrentAsync(ct);
        Versions = await statements.VersionsAsync(ct);
    }
}
