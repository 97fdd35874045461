using Microsoft.EntityFrameworkCore;
using Participation.Api.Boards;
using Participation.Api.Data;

namespace Participation.Web.Pages.Organise.Boards;

/// <summary>Where a board sits: its session, event and process, for breadcrumbs and links.</summary>
public sealed record BoardPlace(Guid BoardId, string BoardTitle, string JoinCode, Guid SessionId, string SessionTitle, Guid EventId, string EventTitle)
{
    public static Task<BoardPlace?> FindAsync(ParticipationDb db, Guid boardId, CancellationToken ct) =>
        (from b in db.Boards.AsNoTracking()
         join s in db.Sessions on b.SessionId equals s.Id
         join e in db.Events on s.EventId equals e.Id
         where b.Id == boardId
         select new BoardPlace(b.Id, b.Title, b.JoinCode, s.Id, s.Title, e.Id, e.Title)).FirstOrDefaultAsync(ct);
}
