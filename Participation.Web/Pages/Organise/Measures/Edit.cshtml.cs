using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Measures;

namespace Participation.Web.Pages.Organise.Measures;

/// <summary>Creates a measure of a process (New.cshtml) or changes one (Edit.cshtml): fields, links and yearly activities.</summary>
public sealed class MeasureEditModel(
    ParticipationDb db, ProcessAccess access, MeasureLinks links, TimeProvider clock,
    IValidator<MeasureInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    public Guid? Id { get; private set; }
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public IReadOnlyList<Choice> Areas { get; private set; } = [];
    public IReadOnlyList<Choice> Recommendations { get; private set; } = [];
    public IReadOnlyList<Choice> Sections { get; private set; } = [];
    [BindProperty] public MeasureForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var found = await MeasuresApi.GetMeasure(id!.Value, User, db, access, ct);
            Form = MeasureForm.From(((Ok<MeasureResponse>)found.Result).Value!);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        Form.DropBlankActivities();
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await MeasuresApi.CreateMeasure(ProcessId, input, User, db, access, links, clock, ct)).Result
                : (await MeasuresApi.UpdateMeasure(id!.Value, input, User, db, access, links, clock, ct)).Result,
            result => this.RedirectWithNotice(
                $"/organise/measures/{(result is Created<MeasureResponse> created ? created.Value!.Id : id)}",
                text[IsNew ? "Measures.Created" : "Form.Saved"]),
            ct);
    }

    /// <summary>Finds the process, from the route or from the measure, checks the caller organises it, and reads the choices.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        Id = id;
        if (id is { } measureId)
        {
            processId = await db.Measures.Where(m => m.Id == measureId).Select(m => (Guid?)m.ProcessId).FirstOrDefaultAsync(ct);
        }
        if (await access.DenyAsync(User, processId, ProcessRole.Organiser, ct, "Measure") is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = processId!.Value;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        Areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == ProcessId).OrderBy(a => a.Position).ThenBy(a => a.Name)
            .Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        Recommendations = await db.Recommendations.AsNoTracking().Where(r => r.ProcessId == ProcessId).OrderBy(r => r.Title)
            .Select(r => new Choice(r.Id, r.Title)).ToListAsync(ct);
        // A withdrawn section is offered only where the measure already links it, so saving does not drop the link.
        var linked = id is null ? [] : await db.MeasureSections.Where(l => l.MeasureId == id).Select(l => l.SectionId).ToListAsync(ct);
        Sections = await db.ConceptSections.AsNoTracking()
            .Join(db.ConceptDocuments, s => s.DocumentId, d => d.Id,
                (s, d) => new { s.Id, s.Number, s.Title, s.Position, s.WithdrawnAt, d.ProcessId, Document = d.Title, d.Version })
            .Where(s => s.ProcessId == ProcessId && (s.WithdrawnAt == null || linked.Contains(s.Id))).OrderBy(s => s.Document).ThenBy(s => s.Position)
            .Select(s => new Choice(s.Id, s.Number + " " + s.Title + " (" + s.Document + ", " + s.Version + ")")).ToListAsync(ct);
        return null;
    }
}
