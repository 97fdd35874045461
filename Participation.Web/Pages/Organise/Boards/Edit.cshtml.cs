using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Organise.Boards;

/// <summary>Creates a board for a session (at /organise/sessions/{id}/boards/new) or changes its settings.</summary>
public sealed class EditModel(
    ParticipationDb db, BoardService boards,
    IValidator<BoardInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class BoardForm
    {
        public string? Title { get; set; }
        public string? Columns { get; set; }
        public int VoteBudget { get; set; } = 5;
        public int MaxVotesPerIdea { get; set; } = 1;
        public bool NamedPosting { get; set; }
        public bool SilentBrainstorm { get; set; }
        public List<Guid> AreaIds { get; set; } = [];
    }

    public Guid? Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid EventId { get; private set; }
    public string SessionTitle { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];
    [BindProperty] public BoardForm Form { get; set; } = new();
    public bool IsNew => Id is null;
    private IReadOnlyList<ColumnDto> existingColumns = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? sessionId, CancellationToken ct)
    {
        if (await LoadAsync(id, sessionId, ct) is { } problem)
        {
            return problem;
        }
        if (IsNew)
        {
            Form.Title = SessionTitle;
            Form.Columns = string.Join("\n", text["Board.DefaultColumns"].Value.Split('|'));
            Form.AreaIds = await db.Sessions.Where(s => s.Id == SessionId && s.AreaId != null).Select(s => s.AreaId!.Value).ToListAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? sessionId, CancellationToken ct)
    {
        if (await LoadAsync(id, sessionId, ct) is { } problem)
        {
            return problem;
        }
        var input = new BoardInput(Form.Title ?? "", ColumnsFromLines(), Form.VoteBudget, Form.MaxVotesPerIdea, Form.NamedPosting, Form.SilentBrainstorm, Form.AreaIds);
        var invalid = await validator.ValidateToProblemAsync(input, messages, ct);
        if (invalid is not null)
        {
            ModelState.AddErrors(invalid);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = IsNew
            ? await boards.CreateBoardAsync(User, SessionId, input, ct)
            : await boards.UpdateBoardAsync(User, Id!.Value, input, ct);
        if (result.Refusal is { } refusal)
        {
            if (this.Refused(refusal) is { } page)
            {
                return page;
            }
            ModelState.AddModelError(refusal.Field ?? "columns", refusal.Message);
            return Page();
        }
        return this.RedirectWithNotice($"/organise/boards/{result.Value!.Id}", text[IsNew ? "Board.Created" : "Form.Saved"]);
    }

    /// <summary>One column per line; a line with the title of an existing column keeps that column and its ideas.</summary>
    private List<ColumnInput> ColumnsFromLines() =>
        (Form.Columns ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(title => new ColumnInput(title, existingColumns.FirstOrDefault(c => string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase))?.Id))
            .ToList();

    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? sessionId, CancellationToken ct)
    {
        Id = id;
        if (id is { } boardId)
        {
            var snapshot = await boards.ModeratorSnapshotAsync(User, boardId, ct);
            if (snapshot.Refusal is { } refused)
            {
                return this.Refused(refused) ?? StatusCode(StatusCodes.Status403Forbidden);
            }
            var board = snapshot.Value!.Board;
            sessionId = board.SessionId;
            existingColumns = board.Columns;
            if (Request.Method == "GET")
            {
                Form = new BoardForm
                {
                    Title = board.Title, Columns = string.Join("\n", board.Columns.Select(c => c.Title)), VoteBudget = board.VoteBudget,
                    MaxVotesPerIdea = board.MaxVotesPerIdea, NamedPosting = board.NamedPosting, SilentBrainstorm = board.SilentBrainstorm,
                    AreaIds = board.Areas.Select(a => a.Id).ToList(),
                };
            }
        }
        if (await boards.SessionModeratorAsync(User, sessionId ?? Guid.Empty, ct) is { } refusal)
        {
            return this.Refused(refusal) ?? StatusCode(StatusCodes.Status403Forbidden);
        }
        SessionId = sessionId!.Value;
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == SessionId)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { s.Title, s.EventId, e.ProcessId }).FirstAsync(ct);
        SessionTitle = session.Title;
        EventId = session.EventId;
        Areas = (await db.Areas.AsNoTracking().Where(a => a.ProcessId == session.ProcessId).OrderBy(a => a.Position).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .Select(a => (a.Id, a.Name)).ToList();
        return null;
    }
}
