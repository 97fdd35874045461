using Microsoft.AspNetCore.SignalR;

namespace Participation.Bench.BareHub;

/// <summary>
/// BoardHub's contract with no database, no checks and no authentication: join a group,
/// post an idea, broadcast it once to the group. What this machine can do at best.
/// </summary>
public sealed class BareBoardHub(BareBoards boards) : Hub
{
    public async Task<JoinBoardResult> JoinBoard(Guid boardId, long afterSeq)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(boardId));
        return new JoinBoardResult(boards.Current(boardId), null, [], new MeDto("participant", null, null, [], new Dictionary<Guid, int>(), 3));
    }

    public async Task<IdeaDto> PostIdea(Guid boardId, PostIdeaInput input)
    {
        var idea = new IdeaDto(Guid.NewGuid(), input.ColumnId, null, input.Text, null, 0, false, null, null, false, null, false, false,
            "phone", input.Language, DateTimeOffset.UtcNow);
        var seq = boards.Next(boardId);
        await Clients.Group(Group(boardId)).SendAsync("BoardEvent", new BoardEventMessage(boardId, seq, "ideaPosted", idea));
        return idea;
    }

    private static string Group(Guid boardId) => $"board:{boardId}";
}
