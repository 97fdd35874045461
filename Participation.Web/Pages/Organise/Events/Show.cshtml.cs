using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Processes;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Events;

/// <summary>One event as its organisers and facilitators see it, with its sessions.</summary>
public sealed class ShowModel(ParticipationDb db, ProcessAccess access, RegistrationService registrations) : PageModel
{
    public EventResponse Event { get; private set; } = null!;
    public string ProcessTitle { get; private set; } = "";
    public string? SeriesTitle { get; private set; }
    public IReadOnlyList<SessionResponse> Sessions { get; private set; } = [];
    public IReadOnlyList<AreaResponse> Areas { get; private set; } = [];
    public IReadOnlyList<string> AreaNames => Areas.Where(a => Event.AreaIds.Contains(a.Id)).Select(a => a.Name).ToList();
    public bool IsOrganiser { get; private set; }
    public RegistrationSettingsResponse Registration { get; private set; } = null!;
    public ILookup<Guid, (Guid Id, string Title, string JoinCode)> Boards { get; private set; } = Array.Empty<(Guid, Guid, string, string)>().ToLookup(b => b.Item1, b => (b.Item2, b.Item3, b.Item4));

    public string AreaName(Guid id) => Areas.FirstOrDefault(a => a.Id == id)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await EventsApi.GetEvent(id, User, db, access, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Event = ((Ok<EventResponse>)result.Result).Value!;
        ProcessTitle = await db.Processes.Where(p => p.Id == Event.ProcessId).Select(p => p.Title).FirstAsync(ct);
        SeriesTitle = Event.SeriesId is { } seriesId ? await db.Series.Where(s => s.Id == seriesId).Select(s => s.Title).FirstOrDefaultAsync(ct) : null;
        Sessions = ((Ok<List<SessionResponse>>)(await SessionsApi.ListSessions(id, User, db, access, ct)).Result).Value!;
        Areas = ((Ok<List<AreaResponse>>)(await AreasApi.ListAreas(Event.ProcessId, User, db, access, ct)).Result).Value!;
        IsOrganiser = await access.CheckAsync(User, Event.ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        Registration = ((Ok<RegistrationSettingsResponse>)(await RegistrationSettingsApi.GetRegistrationSettings(id, User, db, access, registrations, ct)).Result).Value!;
        var sessionIds = Sessions.Select(s => s.Id).ToList();
        var boards = await db.Boards.AsNoTracking().Where(b => sessionIds.Contains(b.SessionId)).OrderBy(b => b.CreatedAt)
            .Select(b => new { b.SessionId, b.Id, b.Title, b.JoinCode }).ToListAsync(ct);
        Boards = boards.ToLookup(b => b.SessionId, b => (b.Id, b.Title, b.JoinCode));
        return Page();
    }
}
