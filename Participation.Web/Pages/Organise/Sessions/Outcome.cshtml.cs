using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Documentation;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Sessions;

/// <summary>
/// What the facilitator records after a session for the documentation: summary, key results and next steps, and which
/// of the session's board ideas are results or candidates for a guideline or recommendation.
/// </summary>
public sealed class OutcomeModel(
    ParticipationDb db, ProcessAccess access, IValidator<SessionOutcomeInput> outcomeValidator, IValidator<IdeaMarkInput> markValidator,
    IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class OutcomeForm
    {
        public string? Summary { get; set; }
        public string? KeyResults { get; set; }
        public string? NextSteps { get; set; }
    }

    public sealed record BoardIdea(Guid Id, string Board, string Text, int Votes, bool Hidden, IdeaMark Mark);

    public Guid Id { get; private set; }
    public string SessionTitle { get; private set; } = "";
    public Guid EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public bool IsOrganiser { get; private set; }
    public IReadOnlyList<BoardIdea> Ideas { get; private set; } = [];
    [BindProperty] public OutcomeForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var outcome = ((Ok<SessionOutcomeResponse>)(await SessionOutcomeApi.GetSessionOutcome(id, User, db, access, ct)).Result).Value!;
        Form = new OutcomeForm { Summary = outcome.Summary, KeyResults = outcome.KeyResults, NextSteps = outcome.NextSteps };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = new SessionOutcomeInput(Form.Summary, Form.KeyResults, Form.NextSteps);
        return await this.SubmitAsync(outcomeValidator, input, messages,
            async () => (await SessionOutcomeApi.PutSessionOutcome(id, input, User, db, access, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/sessions/{id}/outcome", text["Outcome.Saved"]),
            ct);
    }

    public async Task<IActionResult> OnPostMarkAsync(Guid id, Guid ideaId, IdeaMark mark, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        if (Ideas.All(i => i.Id != ideaId))
        {
            return NotFound();
        }
        var input = new IdeaMarkInput(mark);
        return await this.SubmitAsync(markValidator, input, messages,
            async () => (await SessionOutcomeApi.MarkIdea(ideaId, input, User, db, access, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/sessions/{id}/outcome#idea-{ideaId}", text["Outcome.MarkSaved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Title, s.EventId, Event = db.Events.Where(e => e.Id == s.EventId).Select(e => new { e.Title, e.ProcessId }).First() })
            .FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(User, session?.Event.ProcessId, ProcessRole.Facilitator, ct, "Session") is { } denied)
        {
            return this.Problem(denied);
        }
        (SessionTitle, EventId, EventTitle) = (session!.Title, session.EventId, session.Event.Title);
        IsOrganiser = await access.CheckAsync(User, session.Event.ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        Ideas = await (from idea in db.Ideas.AsNoTracking()
                       join board in db.Boards on idea.BoardId equals board.Id
                       where board.SessionId == id && !idea.Withdrawn && idea.MergedIntoId == null
                       orderby idea.Votes descending, idea.CreatedAt, idea.Id
                       select new BoardIdea(idea.Id, board.Title, idea.Text, idea.Votes, idea.Hidden, idea.Mark)).ToListAsync(ct);
        return null;
    }
}
