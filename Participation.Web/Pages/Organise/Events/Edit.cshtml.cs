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
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise.Events;

/// <summary>Plans a new event in a process (at /organise/processes/{id}/events/new) or changes one.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock,
    IValidator<EventInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Guid? Id { get; private set; }
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    private string processZone = "";
    public IReadOnlyList<AreaResponse> Areas { get; private set; } = [];
    public IReadOnlyList<SeriesResponse> Series { get; private set; } = [];
    [BindProperty] public EventForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? processId, Guid? seriesId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        if (IsNew)
        {
            Form = new EventForm { TimeZone = processZone, SeriesId = Series.Any(s => s.Id == seriesId) ? seriesId : null };
        }
        else
        {
            Form = EventForm.From(((Ok<EventResponse>)(await EventsApi.GetEvent(id!.Value, User, db, access, ct)).Result).Value!);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        if (await LoadAsync(id, processId, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput(processZone);
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await EventsApi.CreateEvent(ProcessId, input, User, db, access, clock, messages, ct)).Result
                : (await EventsApi.UpdateEvent(id!.Value, input, User, db, access, clock, messages, ct)).Result,
            result => result is Created<EventResponse> created
                ? this.RedirectWithNotice($"/organise/events/{created.Value!.Id}", text["Event.Created"])
                : this.RedirectWithNotice($"/organise/events/{id}", text["Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? processId, CancellationToken ct)
    {
        Id = id;
        if (id is { } eventId)
        {
            processId = await db.Events.Where(e => e.Id == eventId).Select(e => (Guid?)e.ProcessId).FirstOrDefaultAsync(ct);
        }
        if (await access.DenyAsync(User, processId, ProcessRole.Organiser, ct, "Event") is { } denied)
        {
            return this.Problem(denied);
        }
        ProcessId = processId!.Value;
        var process = await db.Processes.AsNoTracking().Where(p => p.Id == ProcessId).Select(p => new { p.Title, p.TimeZone }).FirstAsync(ct);
        ProcessTitle = process.Title;
        processZone = process.TimeZone;
        Areas = ((Ok<List<AreaResponse>>)(await AreasApi.ListAreas(ProcessId, User, db, access, ct)).Result).Value!;
        Series = ((Ok<List<SeriesResponse>>)(await SeriesApi.ListSeries(ProcessId, User, db, access, ct)).Result).Value!;
        return null;
    }
}
