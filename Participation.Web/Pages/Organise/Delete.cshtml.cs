using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Indicators;
using Participation.Api.Measures;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise;

/// <summary>
/// The confirmation before anything is deleted: says what goes with it and
/// then calls the same delete as the API. Works without script.
/// </summary>
public sealed class DeleteModel(ParticipationDb db, ProcessAccess access, PageTexts text, IStringLocalizer<Messages> messages) : PageModel
{
    public string Kind { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string BackUrl { get; private set; } = "/organise";
    /// <summary>Why it cannot be deleted now (409 from the handler), shown on the page instead of deleting.</summary>
    public string? Refusal { get; private set; }
    private string afterUrl = "/organise";

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken ct) =>
        await DescribeAsync(kind, id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, CancellationToken ct)
    {
        if (await DescribeAsync(kind, id, ct) is { } refused)
        {
            return refused;
        }
        var result = Kind switch
        {
            "process" => (await ProcessesApi.DeleteProcess(id, User, db, access, ct)).Result,
            "area" => (await AreasApi.DeleteArea(id, User, db, access, ct)).Result,
            "series" => (await SeriesApi.DeleteSeries(id, User, db, access, ct)).Result,
            "event" => (await EventsApi.DeleteEvent(id, User, db, access, messages, ct)).Result,
            "measure" => (await MeasuresApi.DeleteMeasure(id, User, db, access, ct)).Result,
            "indicator" => (await IndicatorsApi.DeleteIndicator(id, User, db, access, ct)).Result,
            _ => (await SessionsApi.DeleteSession(id, User, db, access, messages, ct)).Result,
        };
        switch (result)
        {
            case ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict } held:
                Refusal = held.ProblemDetails.Title;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case ProblemHttpResult problem:
                return this.Problem(problem);
            default:
                return this.RedirectWithNotice(afterUrl, text["Delete.Done", Name]);
        }
    }

    /// <summary>Finds the name of what is to be deleted and where to go afterwards, and checks the caller may delete it.</summary>
    private async Task<IActionResult?> DescribeAsync(string kind, Guid id, CancellationToken ct)
    {
        Kind = kind;
        (string Name, Guid ProcessId, string Back, string After)? found = kind switch
        {
            "process" => await db.Processes.Where(p => p.Id == id)
                .Select(p => new { p.Title }).FirstOrDefaultAsync(ct) is { } p ? (p.Title, id, $"/organise/processes/{id}", "/organise") : null,
            "area" => await db.Areas.Where(a => a.Id == id)
                .Select(a => new { a.Name, a.ProcessId }).FirstOrDefaultAsync(ct) is { } a ? (a.Name, a.ProcessId, $"/organise/areas/{id}/edit", $"/organise/processes/{a.ProcessId}") : null,
            "series" => await db.Series.Where(s => s.Id == id)
                .Select(s => new { s.Title, s.ProcessId }).FirstOrDefaultAsync(ct) is { } s ? (s.Title, s.ProcessId, $"/organise/series/{id}/edit", $"/organise/processes/{s.ProcessId}") : null,
            "event" => await db.Events.Where(e => e.Id == id)
                .Select(e => new { e.Title, e.ProcessId }).FirstOrDefaultAsync(ct) is { } e ? (e.Title, e.ProcessId, $"/organise/events/{id}", $"/organise/processes/{e.ProcessId}") : null,
            "measure" => await db.Measures.Where(m => m.Id == id).Select(m => new { m.Title, m.ProcessId }).FirstOrDefaultAsync(ct) is { } m
                ? (m.Title, m.ProcessId, $"/organise/measures/{id}", $"/organise/processes/{m.ProcessId}/measures") : null,
            "indicator" => await db.Indicators.Where(i => i.Id == id).Select(i => new { i.Name, i.ProcessId }).FirstOrDefaultAsync(ct) is { } i
                ? (i.Name, i.ProcessId, $"/organise/indicators/{id}/edit", $"/organise/processes/{i.ProcessId}/indicators") : null,
            "session" => await db.Sessions.Where(s => s.Id == id).Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { s.Title, s.EventId, e.ProcessId })
                .FirstOrDefaultAsync(ct) is { } x ? (x.Title, x.ProcessId, $"/organise/sessions/{id}/edit", $"/organise/events/{x.EventId}") : null,
            _ => null,
        };
        var needed = kind == "session" ? ProcessRole.Facilitator : ProcessRole.Organiser;
        if (await access.DenyAsync(User, found?.ProcessId, needed, ct) is { } denied)
        {
            return this.Problem(denied);
        }
        (Name, _, BackUrl, afterUrl) = found!.Value;
        return null;
    }
}
