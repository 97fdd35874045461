using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.DataProtection;

/// <summary>The audit log: of one process for its organisers (?processId=), of everything for administrators.</summary>
public sealed class AuditModel(ParticipationDb db, ProcessAccess access, IOptions<DataProtectionOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ProcessId { get; set; }
    // Not "page": Razor Pages keep that route value for the page's own path.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public string? ProcessTitle { get; private set; }
    public AuditPage Log { get; private set; } = new(1, 1, 0, []);
    public bool HasNext => Log.Page * Log.PageSize < Log.Total;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ProcessId is { } processId)
        {
            switch ((await AuditApi.ProcessAudit(processId, User, db, access, options, ct, PageNumber)).Result)
            {
                case Ok<AuditPage> ok:
                    Log = ok.Value!;
                    break;
                case var denied:
                    return this.Problem((ProblemHttpResult)denied);
            }
            ProcessTitle = await db.Processes.Where(p => p.Id == processId).Select(p => p.Title).FirstAsync(ct);
            return Page();
        }
        if (!User.IsInRole(Roles.Administrator))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Log = (await AuditApi.AllAudit(db, options, ct, PageNumber)).Value!;
        return Page();
    }

    public string PageLink(int page) => ProcessId is { } id ? $"/organise/audit?processId={id}&p={page}" : $"/organise/audit?p={page}";
}
