using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Series;

/// <summary>Adds a series (a workshop series, a focus group's meetings) to a process or changes one.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock,
    IValidator<SeriesInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class SeriesForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
    }

    public Guid? Id { get; private set; }
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    [BindProperty] public SeriesForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var series = ((Ok<SeriesResponse>)(await SeriesApi.GetSeries(id!.Value, User, db, access, ct)).Result).Value!;
            Form = new SeriesForm { Title = series.Title, Description = series.Description };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        var input = new SeriesInput(Form.Title ?? "", Form.Description);
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await SeriesApi.CreateSeries(ProcessId, input, User, db, access, clock, ct)).Result
                : (await SeriesApi.UpdateSeries(id!.Value, input, User, db, access, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/processes/{ProcessId}#series-heading", text[IsNew ? "Series.Created" : "Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        Id = id;
        if (id is { } seriesId)
        {
            processId = await db.Series.Where(s => s.Id == seriesId).Select(s => (Guid?)s.ProcessId).FirstOrDefaultAsync(ct);
        }
        if (await access.DenyAsync(User, processId, ProcessRole.Organiser, ct, "Series") is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = processId!.Value;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        return null;
    }
}
