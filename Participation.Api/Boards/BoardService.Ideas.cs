using Participation.Api.Extensions;
using Participation.Api.Localisation;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Boards;

/// <summary>What participants do: post, change or withdraw their ideas, and vote.</summary>
public sealed partial class BoardService
{
    public Task<Outcome<IdeaDto>> PostIdeaAsync(ClaimsPrincipal user, Guid boardId, PostIdeaInput input, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: false, async (board, caller, changes) =>
        {
            if (input is null)
            {
                return Invalid("text", "Idea.Empty");
            }
            var clientId = input.ClientId?.Trim() ?? "";
            if (clientId.Length is 0 or > 64)
            {
                return Invalid("clientId", "Idea.ClientId");
            }
            // A retry of a post that already arrived gets the same idea back, whatever happened since.
            var existing = await db.Ideas.AsNoTracking().FirstOrDefaultAsync(i => i.BoardId == board.Id && i.ClientId == clientId, ct);
            if (existing is not null)
            {
                return existing.ParticipantId == caller.ParticipantId
                    ? ForCaller(caller, existing.ToDto(board.NamedPosting))
                    : Conflict("Idea.ClientIdTaken");
            }
            if (board.Phase == BoardPhase.Closed)
            {
                return Conflict("Board.Closed");
            }
            if (caller.IsParticipant && board.Phase != BoardPhase.Collect)
            {
                return Conflict("Board.NotCollecting");
            }
            if (CheckText(input.Text) is { } badText)
            {
                return badText;
            }
            if (board.Columns.All(c => c.Id != input.ColumnId))
            {
                return Invalid("columnId", "Idea.UnknownColumn");
            }
            if (input.AreaId is { } areaId && board.Areas.All(a => a.AreaId != areaId))
            {
                return Invalid("areaId", "Idea.UnknownArea");
            }
            if (CheckLanguage(input.Language) is { } badLanguage)
            {
                return badLanguage;
            }
            if (caller.ParticipantId is { } participantId)
            {
                var since = Now.AddMinutes(-1);
                var recent = await db.Ideas.CountAsync(i => i.BoardId == board.Id && i.ParticipantId == participantId && i.CreatedAt > since, ct);
                if (recent >= Limits.MaxPostsPerMinute)
                {
                    return new Refusal(RefusalKind.TooMany, text["Idea.TooMany", Limits.MaxPostsPerMinute]);
                }
            }
            var idea = NewIdea(board, caller, input.ColumnId, input.Text, clientId, input.AreaId, caller.IsParticipant ? IdeaSource.Phone : IdeaSource.Facilitator);
            idea.Language = input.Language.NullIfBlank();
            db.Ideas.Add(idea);
            var dto = idea.ToDto(board.NamedPosting);
            changes.Record("ideaPosted", dto, dto.ForPublic(idea.Revealed));
            return dto;
        }, ct);

    public Task<Outcome<IdeaDto>> EditIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, EditIdeaInput input, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: false, async (board, caller, changes) =>
        {
            var (idea, refused) = await ChangeableIdeaAsync(board, caller, ideaId, ct);
            if (refused is not null)
            {
                return refused;
            }
            if (CheckText(input?.Text) is { } badText)
            {
                return badText;
            }
            if (input!.AreaId is { } areaId && board.Areas.All(a => a.AreaId != areaId))
            {
                return Invalid("areaId", "Idea.UnknownArea");
            }
            if (CheckLanguage(input.Language) is { } badLanguage)
            {
                return badLanguage;
            }
            idea!.Text = input.Text.Trim();
            idea.AreaId = input.AreaId;
            // An edit that names no language keeps the one the idea has; an empty one clears it.
            if (input.Language is not null)
            {
                idea.Language = input.Language.NullIfBlank();
            }
            idea.UpdatedAt = Now;
            return ForCaller(caller, RecordIdea(changes, "ideaEdited", board, idea));
        }, ct);

    public Task<Outcome<IdeaDto>> WithdrawIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: false, async (board, caller, changes) =>
        {
            var (idea, refused) = await ChangeableIdeaAsync(board, caller, ideaId, ct);
            if (refused is not null)
            {
                return refused;
            }
            idea!.Withdrawn = true;
            idea.UpdatedAt = Now;
            // Dots on a withdrawn idea go back to the people who placed them.
            await db.Votes.Where(v => v.IdeaId == idea.Id).ExecuteDeleteAsync(ct);
            idea.Votes = 0;
            return ForCaller(caller, RecordIdea(changes, "ideaWithdrawn", board, idea));
        }, ct);

    public Task<Outcome<VoteResult>> VoteAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, int delta, CancellationToken ct) =>
        ActAsync<VoteResult>(user, boardId, moderatorsOnly: false, async (board, caller, changes) =>
        {
            if (caller.ParticipantId is not { } participantId)
            {
                return new Refusal(RefusalKind.Forbidden, text["Vote.ParticipantsOnly"]);
            }
            if (board.Phase != BoardPhase.Vote)
            {
                return Conflict("Board.NotVoting");
            }
            if (delta == 0 || delta > board.VoteBudget || delta < -board.VoteBudget)
            {
                return Invalid("delta", "Vote.Delta");
            }
            var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && i.BoardId == board.Id, ct);
            if (idea is null || idea.Hidden || idea.Withdrawn || idea.MergedIntoId is not null || !idea.Revealed)
            {
                return IdeaNotFound();
            }
            var mine = await db.Votes.Where(v => v.BoardId == board.Id && v.ParticipantId == participantId).ToListAsync(ct);
            var vote = mine.FirstOrDefault(v => v.IdeaId == ideaId);
            var onIdea = (vote?.Dots ?? 0) + delta;
            var spent = mine.Sum(v => v.Dots) + delta;
            if (onIdea < 0)
            {
                return Conflict("Vote.NoneToTake");
            }
            if (onIdea > board.MaxVotesPerIdea)
            {
                return new Refusal(RefusalKind.Conflict, text["Vote.PerIdea", board.MaxVotesPerIdea]);
            }
            if (spent > board.VoteBudget)
            {
                return new Refusal(RefusalKind.Conflict, text["Vote.OverBudget", board.VoteBudget]);
            }
            if (vote is null)
            {
                db.Votes.Add(new Vote { BoardId = board.Id, IdeaId = ideaId, ParticipantId = participantId, Dots = onIdea });
            }
            else
            {
                vote.Dots = onIdea;
            }
            idea.Votes += delta;
            changes.Record("voteChanged", new { ideaId, votes = idea.Votes });
            return new VoteResult(ideaId, idea.Votes, onIdea, board.VoteBudget - spent);
        }, ct);

    /// <summary>Cards from a paper table, typed in one per line. A retry with the same batch id adds nothing twice.</summary>
    public Task<Outcome<IReadOnlyList<IdeaDto>>> AddCardsAsync(ClaimsPrincipal user, Guid boardId, CardsInput input, CancellationToken ct) =>
        ActAsync<IReadOnlyList<IdeaDto>>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            if (board.Phase == BoardPhase.Closed)
            {
                return Conflict("Board.Closed");
            }
            if (board.Columns.All(c => c.Id != input.ColumnId))
            {
                return Invalid("columnId", "Idea.UnknownColumn");
            }
            if (input.AreaId is { } areaId && board.Areas.All(a => a.AreaId != areaId))
            {
                return Invalid("areaId", "Idea.UnknownArea");
            }
            if (CheckLanguage(input.Language) is { } badLanguage)
            {
                return badLanguage;
            }
            var lines = (input.Lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                return Invalid("lines", "Cards.Empty");
            }
            if (lines.Count > Limits.MaxCardsPerBatch)
            {
                return Invalid("lines", "Cards.TooMany", Limits.MaxCardsPerBatch);
            }
            var tooLong = lines.FindIndex(l => l.Length > Limits.IdeaMaxLength);
            if (tooLong >= 0)
            {
                return Invalid("lines", "Cards.TooLong", tooLong + 1, Limits.IdeaMaxLength);
            }
            var batch = string.IsNullOrWhiteSpace(input.BatchId) ? Guid.NewGuid().ToString("N") : input.BatchId.Trim();
            var clientIds = lines.Select((_, i) => $"{batch}:{i}").ToList();
            var existing = await db.Ideas.AsNoTracking().Where(i => i.BoardId == board.Id && clientIds.Contains(i.ClientId)).ToListAsync(ct);
            if (existing.Count > 0)
            {
                return existing.OrderBy(i => i.CreatedAt).Select(i => i.ToDto(board.NamedPosting)).ToList();
            }
            var cards = new List<IdeaDto>();
            foreach (var (line, clientId) in lines.Zip(clientIds))
            {
                var idea = NewIdea(board, caller, input.ColumnId, line, clientId, input.AreaId, IdeaSource.Paper);
                idea.Revealed = true;
                idea.Language = input.Language.NullIfBlank();
                db.Ideas.Add(idea);
                var dto = idea.ToDto(board.NamedPosting);
                changes.Record("ideaPosted", dto, dto.ForPublic(revealed: true));
                cards.Add(dto);
            }
            return cards;
        }, ct);

    private Idea NewIdea(Board board, BoardCaller caller, Guid columnId, string text, string clientId, Guid? areaId, IdeaSource source) => new()
    {
        BoardId = board.Id,
        ColumnId = columnId,
        AreaId = areaId,
        Text = text.Trim(),
        ClientId = clientId,
        ParticipantId = caller.ParticipantId,
        AuthorName = caller.IsParticipant && board.NamedPosting ? caller.DisplayName : null,
        Source = source,
        Revealed = !board.SilentBrainstorm,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private Refusal? CheckText(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Invalid("text", "Idea.Empty");
        }
        return trimmed.Length > Limits.IdeaMaxLength ? Invalid("text", "Idea.TooLong", Limits.IdeaMaxLength) : null;
    }

    /// <summary>No language, or a well-formed BCP 47 tag.</summary>
    private Refusal? CheckLanguage(string? value) =>
        value.NullIfBlank() is { } tag && !LanguageTags.IsWellFormed(tag) ? Invalid("language", "Idea.Language") : null;

    private async Task<(Idea? Idea, Refusal? Refused)> ChangeableIdeaAsync(Board board, BoardCaller caller, Guid ideaId, CancellationToken ct)
    {
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && i.BoardId == board.Id && !i.Withdrawn, ct);
        return idea is null ? (null, IdeaNotFound()) : (idea, MayChangeIdea(board, caller, idea));
    }

    /// <summary>
    /// Participants change only their own ideas, and only while the board collects. Moderators may
    /// change any, also after closing: a closed board is read-only for participants, while the
    /// facilitators still tidy it up for the documentation.
    /// </summary>
    private Refusal? MayChangeIdea(Board board, BoardCaller caller, Idea idea)
    {
        if (caller.IsModerator)
        {
            return null;
        }
        if (board.Phase == BoardPhase.Closed)
        {
            return Conflict("Board.Closed");
        }
        if (idea.ParticipantId != caller.ParticipantId)
        {
            return new Refusal(RefusalKind.Forbidden, text["Idea.NotYours"]);
        }
        if (idea.Hidden)
        {
            // A moderated idea stays as the facilitators left it.
            return Conflict("Idea.Hidden");
        }
        return board.Phase == BoardPhase.Collect ? null : Conflict("Board.NotCollecting");
    }

    /// <summary>Why an idea was hidden is the facilitators' note; its author is not told.</summary>
    private static IdeaDto ForCaller(BoardCaller caller, IdeaDto idea) => caller.IsModerator ? idea : idea with { HiddenReason = null };

    private static IdeaDto RecordIdea(BoardChanges changes, string type, Board board, Idea idea)
    {
        var dto = idea.ToDto(board.NamedPosting);
        changes.Record(type, dto, dto.ForPublic(idea.Revealed));
        return dto;
    }
}
