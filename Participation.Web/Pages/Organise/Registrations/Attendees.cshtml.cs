using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>Who comes: the filtered attendee list, its counts and its downloads.</summary>
public sealed class AttendeesModel(ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<RegistrationResponse> Rows { get; private set; } = [];
    public RegistrationSummary Summary { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Perspective { get; set; }
    [BindProperty(SupportsGet = true)] public string? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    /// <summary>The query of the current filters, for the download links.</summary>
    public string FilterQuery => QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status.NullIfBlankText(), ["perspective"] = Perspective.NullIfBlankText(),
        ["organisation"] = Organisation.NullIfBlankText(), ["search"] = Search.NullIfBlankText(),
    }.Where(p => p.Value is not null)).ToString();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Event = @event!;
        var list = await AttendeesApi.ListRegistrations(id, User, db, access, messages, ct,
            Status.NullIfBlankText(), Perspective.NullIfBlankText(), Organisation.NullIfBlankText(), Search.NullIfBlankText());
        switch (list.Result)
        {
            case Ok<List<RegistrationResponse>> ok:
                Rows = ok.Value!;
                break;
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        Summary = ((Ok<RegistrationSummary>)(await AttendeesApi.SummariseRegistrations(id, User, db, access, ct)).Result).Value!;
        return Page();
    }

    /// <summary>The needs in one line, as the door list shows them.</summary>
    public string Needs(RegistrationResponse r)
    {
        var needs = new List<string>();
        if (r.InterpreterLanguage is { } language) needs.Add($"{text["Field.InterpreterLanguage"]}: {language}");
        if (r.NeedsSignLanguage) needs.Add(text["Field.NeedsSignLanguage"]);
        if (r.AccessibilityNeeds is { } accessibility) needs.Add($"{text["Field.AccessibilityNeeds"]}: {accessibility}");
        if (r.NeedsChildcare) needs.Add(text["Field.NeedsChildcare"]);
        if (r.DietaryNeeds is { } diet) needs.Add($"{text["Field.DietaryNeeds"]}: {diet}");
        return string.Join(" · ", needs);
    }
}

internal static class FilterText
{
    public static string? NullIfBlankText(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
