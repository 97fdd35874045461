using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise.Areas;

/// <summary>Adds a thematic area to a process or changes one.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, IOptions<LimitsOptions> limits,
    IValidator<AreaInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class AreaForm
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public int? Position { get; set; }
    }

    public Guid? Id { get; private set; }
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty] public AreaForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var area = ((Ok<AreaResponse>)(await AreasApi.GetArea(id!.Value, User, db, access, ct)).Result).Value!;
            Form = new AreaForm { Name = area.Name, Description = area.Description, Position = area.Position };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        var input = new AreaInput(Form.Name ?? "", Form.Description, Form.Position);
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await AreasApi.CreateArea(ProcessId, input, User, db, access, limits, messages, ct)).Result
                : (await AreasApi.UpdateArea(id!.Value, input, User, db, access, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/processes/{ProcessId}#areas-heading", text[IsNew ? "Area.Created" : "Form.Saved"]),
            ct);
    }

    /// <summary>Finds the process, from the route or from the area, and checks the caller organises it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        Id = id;
        if (id is { } areaId)
        {
            processId = await db.Areas.Where(a => a.Id == areaId).Select(a => (Guid?)a.ProcessId).FirstOrDefaultAsync(ct);
        }
        if (await access.DenyAsync(User, processId, ProcessRole.Organiser, ct, "Area") is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = processId!.Value;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        return null;
    }
}
