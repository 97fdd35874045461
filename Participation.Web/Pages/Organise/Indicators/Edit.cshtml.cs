using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Indicators;

namespace Participation.Web.Pages.Organise.Indicators;

/// <summary>Adds an indicator to a process (New.cshtml) or changes one (Edit.cshtml).</summary>
public sealed class IndicatorEditModel(
    ParticipationDb db, ProcessAccess access, IOptions<IndicatorsOptions> options, TimeProvider clock,
    IValidator<IndicatorInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    public Guid? Id { get; private set; }
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public IReadOnlyList<Choice> Areas { get; private set; } = [];
    [BindProperty] public IndicatorForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var found = await IndicatorsApi.GetIndicator(id!.Value, User, db, access, ct);
            Form = IndicatorForm.From(((Ok<IndicatorResponse>)found.Result).Value!);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (!Form.TryTarget(out var target))
        {
            ModelState.AddModelError("target", text["Form.ValueInvalid"]);
        }
        var input = Form.ToInput(target);
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await IndicatorsApi.CreateIndicator(ProcessId, input, User, db, access, options, clock, messages, ct)).Result
                : (await IndicatorsApi.UpdateIndicator(id!.Value, input, User, db, access, clock, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/processes/{ProcessId}/indicators", text[IsNew ? "IndicatorForm.Created" : "Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        Id = id;
        if (id is { } indicatorId)
        {
            processId = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (Guid?)i.ProcessId).FirstOrDefaultAsync(ct);
        }
        if (await access.DenyAsync(User, processId, ProcessRole.Organiser, ct, "Indicator") is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = processId!.Value;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        Areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == ProcessId).OrderBy(a => a.Position).ThenBy(a => a.Name)
            .Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        return null;
    }
}
