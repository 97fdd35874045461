using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.DataProtection;

namespace Participation.Web.Pages.Organise.DataProtection;

/// <summary>
/// A person's request for access or erasure: one address, everything stored about it in the processes the
/// organiser runs, the JSON download, and the erasure. Every step is a POST, audited like any change: the address
/// never stands in an address bar, a browser's history or a proxy's log.
/// </summary>
public sealed class DataRequestsModel(
    DataRequests requests, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TimeProvider clock, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    public DataRequestSummary? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await requests.DenyAsync(User, messages, ct) is { } denied ? this.Problem(denied) : Page();

    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
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

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        switch ((await DataRequestsApi.ExportPersonalData(Email, User, requests, HttpContext, json, messages, clock, ct)).Result)
        {
            case FileContentHttpResult file:
                return File(file.FileContents.ToArray(), file.ContentType ?? "application/json", file.FileDownloadName);
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                return Page();
            case var other:
                return this.Problem((ProblemHttpResult)other);
        }
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        switch ((await DataRequestsApi.ErasePersonalData(new DataRequestInput(Email ?? ""), User, requests, HttpContext, messages, ct)).Result)
        {
            case Ok<ErasureReport> ok:
                return this.RedirectWithNotice("/organise/data-requests", text["DataRequest.Erased", ok.Value!.Registrations, ok.Value.Emails]);
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                return Page();
            case var other:
                return this.Problem((ProblemHttpResult)other);
        }
    }
}
