namespace Participation.Api.Boards;

/// <summary>How a board and its ideas look to facilitators (everything) and to participants and the wall.</summary>
public static class BoardViews
{
    public static IdeaDto ToDto(this Idea idea, bool namedPosting) => new(
        idea.Id, idea.ColumnId, idea.AreaId, idea.Text, namedPosting ? idea.AuthorName : null, idea.Votes, idea.Pinned,
        idea.ClusterId, idea.MergedIntoId, idea.Hidden, idea.HiddenReason, idea.Withdrawn, Concealed: false,
        idea.Source, idea.Language, new DateTimeOffset(idea.CreatedAt));

    /// <summary>An idea still kept from other participants: they learn that it exists and where, nothing more.</summary>
    public static IdeaDto Conceal(this IdeaDto idea) => idea with { Text = null, AuthorName = null, AreaId = null, Language = null, Concealed = true };

    /// <summary>Whether participants and the wall see the idea at all.</summary>
    public static bool IsGone(this IdeaDto idea) => idea.Hidden || idea.Withdrawn || idea.MergedIntoId is not null;

    /// <summary>
    /// The public view of an idea in a log entry. An idea participants no longer see keeps only its
    /// id and the flag that says why it went, so clients remove it; a hiding reason stays with facilitators.
    /// </summary>
    public static IdeaDto ForPublic(this IdeaDto idea, bool revealed) =>
        idea.IsGone() ? idea.Conceal() with { HiddenReason = null }
        : revealed ? idea with { HiddenReason = null }
        : idea.Conceal();

    public static BoardDto ToDto(this Board board, IReadOnlyDictionary<Guid, string> areaNames, string joinUrl) => new(
        board.Id, board.SessionId, board.Title, board.JoinCode, joinUrl, board.Phase, board.VoteBudget, board.MaxVotesPerIdea,
        board.NamedPosting, board.SilentBrainstorm, board.ResultsPublished,
        board.TimerEndsAt is { } ends ? new DateTimeOffset(ends) : null,
        board.Columns.OrderBy(c => c.Position).Select(c => new ColumnDto(c.Id, c.Title, c.Position)).ToList(),
        board.Areas.Where(a => areaNames.ContainsKey(a.AreaId)).Select(a => new AreaTagDto(a.AreaId, areaNames[a.AreaId])).OrderBy(a => a.Name).ToList());
}
