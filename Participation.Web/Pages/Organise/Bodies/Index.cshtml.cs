using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Bodies;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>The standing bodies of a process, sub-groups under their parent, and a form for a new one.</summary>
public sealed class IndexModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock, IOptions<BodiesOptions> options,
    IValidator<BodyInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public IReadOnlyList<BodySummary> Bodies { get; private set; } = [];
    public bool IsOrganiser { get; private set; }
    [BindProperty] public BodyForm Form { get; set; } = new();

    /// <summary>With ?parentId the new body's form starts as a sub-group of that body.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? parentId, CancellationToken ct)
    {
        Form.ParentId = parentId;
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => (await BodiesApi.CreateBody(id, input, User, db, access, clock, options, messages, ct)).Result,
            created => this.RedirectWithNotice($"/organise/bodies/{((Created<BodyResponse>)created).Value!.Id}", text["Bodies.Created"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var listed = await BodiesApi.ListBodies(id, User, db, access, clock, ct);
        if (listed.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        ProcessId = id;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        Bodies = ((Ok<List<BodySummary>>)listed.Result).Value!;
        IsOrganiser = await access.CheckAsync(User, id, ProcessRole.Organiser, ct) == Access.Granted;
        return null;
    }
}
