using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Boards;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Boards;

/// <summary>
/// A table host's page, opened from the link a facilitator handed over: the boards of one
/// session, moderated with the host token, until the end of the event's day. No account.
/// </summary>
public sealed class HostModel(ParticipationDb db, TimeProvider clock) : PageModel
{
    public string Token { get; private set; } = "";
    public string HostName { get; private set; } = "";
    public string SessionTitle { get; private set; } = "";
    public Guid SessionId { get; private set; }
    public DateTimeOffset ValidUntil { get; private set; }
    public IReadOnlyList<(Guid Id, string Title, string JoinCode, IReadOnlyList<BoardColumn> Columns)> Boards { get; private set; } = [];
    public (Guid Id, string Title, string JoinCode, IReadOnlyList<BoardColumn> Columns)? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, Guid? board, CancellationToken ct)
    {
        if (!token.StartsWith(ParticipantTokens.HostPrefix, StringComparison.Ordinal))
        {
            return NotFound();
        }
        var hash = ParticipantTokens.Hash(token);
        var host = await db.SessionHosts.AsNoTracking().FirstOrDefaultAsync(h => h.TokenHash == hash, ct);
        if (host is null || host.ValidUntil <= clock.GetUtcNow().UtcDateTime)
        {
            return NotFound();
        }
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == host.SessionId)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { s.Title, e.TimeZone }).FirstAsync(ct);
        Token = token;
        HostName = host.Name;
        SessionTitle = session.Title;
        SessionId = host.SessionId;
        ValidUntil = TimeZones.InZone(host.ValidUntil, session.TimeZone);
        var boards = await db.Boards.AsNoTracking().Include(b => b.Columns).Where(b => b.SessionId == host.SessionId).OrderBy(b => b.CreatedAt).ToListAsync(ct);
        Boards = boards.Select(b => (b.Id, b.Title, b.JoinCode, (IReadOnlyList<BoardColumn>)b.Columns.OrderBy(c => c.Position).ToList())).ToList();
        Selected = Boards.FirstOrDefault(b => b.Id == board);
        if (Selected?.Id == Guid.Empty)
        {
            Selected = null;
        }
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Page();
    }
}
