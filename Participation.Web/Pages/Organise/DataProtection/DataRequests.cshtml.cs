using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.DataProtection;

namespace Participation.Web.Pages.Organise.DataProtection;

/// <summary>
/// A person's request for access or erasure: one address, everything stored about it in the processes the
/// organiser runs, the JSON download, and the erasure. A lookup is audited like an export.
/// </summary>
[AuditedExport(onlyWithQuery: "email")]
public sealed class DataRequestsModel(DataRequests requests, IStringLocalizer<Messages> messages, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    public DataRequestSummary? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Email is null)
        {
            return await requests.DenyAsync(User, messages, ct) is { } denied ? this.Problem(denied) : Page();
        }
        switch ((await DataRequestsApi.FindPersonalData(Email, User, requests, HttpContext, messages, ct)).Result)
        {
            case Ok<DataRequestSummary> ok:
                Found = ok.Value;
                break;
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        switch ((await DataRequestsApi.ErasePersonalData(new DataRequestInput(Email ?? ""), User, requests, HttpContext, messages, ct)).Result)
        {
            case Ok<ErasureReport> ok:
                return this.RedirectWithNotice($"/organise/data-requests?email={Uri.EscapeDataString(Email!)}",
                    text["DataRequest.Erased", ok.Value!.Registrations, ok.Value.Emails]);
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                return Page();
            case var other:
                return this.Problem((ProblemHttpResult)other);
        }
    }
}
