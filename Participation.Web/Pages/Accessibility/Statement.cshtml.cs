using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Accessibility;
using Participation.Api.Localisation;

namespace Participation.Web.Pages.Accessibility;

/// <summary>The website's accessibility statement, for anyone, linked from every page's footer.</summary>
public sealed class StatementModel(AccessibilityStatements statements) : PageModel
{
    public AccessibilityStatementResponse Statement { get; private set; } = null!;

    /// <summary>
    /// The organisation writes in German; a page in another language marks those parts so a screen reader switches voice.
    /// The built-in text is a resource and comes in the page's own language.
    /// </summary>
    public string? GermanTextLang => Statement.IsDefault || SpokenLanguages.Current.HtmlLang == "de" ? null : "de";

    public async Task OnGetAsync(CancellationToken ct) => Statement = await statements.CurrentAsync(ct);

    /// <summary>Paragraphs split at blank lines; the single line breaks inside them are kept by the <c>prose</c> class.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
