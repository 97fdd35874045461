using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Measures;
using Participation.Api.Recommendations;

namespace Participation.Web.Pages.Organise.Measures;

/// <summary>One measure with its activities and links; organisers change its status here, and everyone of the process sees the history.</summary>
public sealed class ShowModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock, IOptions<MeasuresOptions> options,
    IValidator<StatusInput> validator, IStringLocalizer<Messages> messages, PageTexts text, TraceService trace) : PageModel
{
    public sealed class StatusForm
    {
        public MeasureStatus? Status { get; set; }
        public DateOnly? On { get; set; }
        public string? Comment { get; set; }
    }

    public MeasureResponse Measure { get; private set; } = null!;
    public string ProcessTitle { get; private set; } = "";
    public string? AreaName { get; private set; }
    public bool IsOrganiser { get; private set; }
    public IReadOnlyList<string> Recommendations { get; private set; } = [];
    /// <summary>The ideas, contributions, events and bodies the measure came from, through its recommendations.</summary>
    public OriginsResponse Origins { get; private set; } = null!;
    public IReadOnlyList<string> Sections { get; private set; } = [];
    public IReadOnlyList<StatusChangeResponse> History { get; private set; } = [];
    [BindProperty] public StatusForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        Form = new StatusForm { Status = Measure.Status, On = TimeZones.Today(clock, await ZoneAsync(ct)) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        if (Form.Status is null && !ModelState.ContainsKey("status"))
        {
            ModelState.AddModelError("status", text["Form.ValueInvalid"]);
        }
        var input = new StatusInput(Form.Status ?? Measure.Status, Form.On, Form.Comment);
        return await this.SubmitAsync(validator, input, messages,
            async () => (await MeasureStatusApi.ChangeMeasureStatus(id, input, User, db, access, clock, options, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/measures/{id}#history-heading", text["Measures.StatusChanged"]),
            ct);
    }

    private Task<string> ZoneAsync(CancellationToken ct) =>
        db.Processes.Where(p => p.Id == Measure.ProcessId).Select(p => p.TimeZone).FirstAsync(ct);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await MeasuresApi.GetMeasure(id, User, db, access, ct);
        if (found.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Measure = ((Ok<MeasureResponse>)found.Result).Value!;
        ProcessTitle = await db.Processes.Where(p => p.Id == Measure.ProcessId).Select(p => p.Title).FirstAsync(ct);
        AreaName = await db.Areas.Where(a => a.Id == Measure.AreaId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        IsOrganiser = await access.CheckAsync(User, Measure.ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        Recommendations = await db.Recommendations.Where(r => Measure.RecommendationIds.Contains(r.Id)).OrderBy(r => r.Title).Select(r => r.Title).ToListAsync(ct);
        Sections = await db.ConceptSections.Where(s => Measure.SectionIds.Contains(s.Id)).OrderBy(s => s.Number)
            .Select(s => s.Number + " " + s.Title).ToListAsync(ct);
        Origins = ((Ok<OriginsResponse>)(await TraceApi.MeasureOrigins(id, User, db, access, trace, ct)).Result).Value!;
        var history = await MeasureStatusApi.MeasureHistory(id, User, db, access, ct);
        History = history.Result is Ok<List<StatusChangeResponse>> ok ? ok.Value! : [];
        return null;
    }
}
