using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Measures;

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>What changed in a concept since a version (the latest by default), until a later version or now.</summary>
public sealed class ChangesModel(ParticipationDb db, ProcessAccess access, ConceptSnapshots snapshots, IStringLocalizer<Messages> messages) : PageModel
{
    public Guid DocumentId { get; private set; }
    public Guid ProcessId { get; private set; }
    public string DocumentTitle { get; private set; } = "";
    public string ProcessTitle { get; private set; } = "";
    public ConceptChanges? Changes { get; private set; }
    public IReadOnlyList<string> Refusal { get; private set; } = [];
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "from")] public int? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public int? To { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        switch ((await ConceptVersionsApi.ConceptChangesSince(id, From, To, User, db, access, snapshots, messages, ct)).Result)
        {
            case ProblemHttpResult problem:
                return this.Problem(problem);
            case ValidationProblem invalid:
                Refusal = invalid.ProblemDetails.Errors.SelectMany(e => e.Value).ToList();
                break;
            case Ok<ConceptChanges> ok:
                Changes = ok.Value;
                break;
        }
        var document = await db.ConceptDocuments.Where(d => d.Id == id).Select(d => new { d.Title, d.ProcessId }).FirstAsync(ct);
        (DocumentId, DocumentTitle, ProcessId) = (id, document.Title, document.ProcessId);
        Versions = (await ConceptVersionsApi.ListVersions(id, User, db, access, ct)).Result is Ok<List<VersionSummary>> versions ? versions.Value! : [];
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        return Page();
    }
}
