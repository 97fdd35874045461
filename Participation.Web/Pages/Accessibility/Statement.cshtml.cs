using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Accessibility;

namespace Participation.Web.Pages.Accessibility;

/// <summary>The website's accessibility statement, for anyone, linked from every page's footer.</summary>
public sealed class StatementModel(AccessibilityStatements statements) : PageModel
{
    public AccessibilityStatementResponse Statement { get; private set; } = null!;

    public string? GermanTextLang => OrganisationText.GermanLang(Statement.IsDefault);

    public async Task OnGetAsync(CancellationToken ct) => Statement = await statements.CurrentAsync(ct);
}
