using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Processes;

namespace Participation.Web.Pages.Organise.Sessions;

/// <summary>Adds a session (a table, a room, a slot) to an event or changes one. Facilitators may do this too.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, IOptions<LimitsOptions> limits,
    IValidator<SessionInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class SessionForm
    {
        public string? Title { get; set; }
        public string? Location { get; set; }
        public Guid? AreaId { get; set; }
        public DateTime? StartsAt { get; set; }
        public DateTime? EndsAt { get; set; }
        public string? Description { get; set; }
        public int? Position { get; set; }
    }

    public Guid? Id { get; private set; }
    public Guid EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    private string zone = "";
    public IReadOnlyList<AreaResponse> Areas { get; private set; } = [];
    [BindProperty] public SessionForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? eventId, CancellationToken ct)
    {
        if (await LoadAsync(id, eventId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var s = ((Ok<SessionResponse>)(await SessionsApi.GetSession(id!.Value, User, db, access, ct)).Result).Value!;
            Form = new SessionForm
            {
                Title = s.Title, Location = s.Location, AreaId = s.AreaId, Description = s.Description, Position = s.Position,
                StartsAt = s.StartsAt?.DateTime, EndsAt = s.EndsAt?.DateTime,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? eventId, CancellationToken ct)
    {
        if (await LoadAsync(id, eventId, ct) is { } problem)
        {
            return problem;
        }
        DateTimeOffset? Instant(DateTime? local) => local is { } value ? new DateTimeOffset(TimeZones.ToUtc(value, zone)) : null;
        var input = new SessionInput(Form.Title ?? "", Form.Description, Form.AreaId, Form.Location, Instant(Form.StartsAt), Instant(Form.EndsAt), Form.Position);
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await SessionsApi.CreateSession(EventId, input, User, db, access, limits, messages, ct)).Result
                : (await SessionsApi.UpdateSession(id!.Value, input, User, db, access, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/events/{EventId}#sessions-heading", text[IsNew ? "Session.Created" : "Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? eventId, CancellationToken ct)
    {
        Id = id;
        if (id is { } sessionId)
        {
            eventId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.EventId).FirstOrDefaultAsync(ct);
        }
        var owner = eventId is null ? null
            : await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.ProcessId, e.Title, e.TimeZone }).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(User, owner?.ProcessId, ProcessRole.Facilitator, ct, id is null ? "Event" : "Session") is { } denied)
        {
            return this.Problem(denied);
        }
        EventId = eventId!.Value;
        EventTitle = owner!.Title;
        zone = owner.TimeZone;
        Areas = ((Ok<List<AreaResponse>>)(await AreasApi.ListAreas(owner.ProcessId, User, db, access, ct)).Result).Value!;
        return null;
    }
}
