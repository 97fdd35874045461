using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Recommendations;

/// <summary>Where an idea went: its merges, the recommendations made from it or from ideas merged with it, their sections and measures.</summary>
public sealed class TraceModel(ParticipationDb db, ProcessAccess access, TraceService trace) : PageModel
{
    public IdeaTraceResponse Trace { get; private set; } = null!;
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";

    /// <summary>The text of an idea of the merge group, for a recommendation made from another idea than this one.</summary>
    public string? IdeaText(Guid id) =>
        Trace.MergedInto.Concat(Trace.MergedFrom).Concat(Trace.MergedAlongside).Append(Trace.Idea).FirstOrDefault(i => i.Id == id)?.Text;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var traced = (await TraceApi.TraceIdea(id, User, db, access, trace, ct)).Result;
        if (traced is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Trace = ((Ok<IdeaTraceResponse>)traced).Value!;
        ProcessId = (await db.ProcessOfIdeaAsync(id, ct))!.Value;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        return Page();
    }
}
