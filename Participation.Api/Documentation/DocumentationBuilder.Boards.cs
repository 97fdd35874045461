using Microsoft.EntityFrameworkCore;
using Participation.Api.Boards;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;

namespace Participation.Api.Documentation;

public sealed partial class DocumentationBuilder
{
    /// <summary>A board as rendered, with the raw ideas kept for the area chapters.</summary>
    private sealed record LoadedBoard(Guid SessionId, BoardPart Part, IReadOnlyList<(Idea Idea, IdeaPart Part)> Ideas);

    private async Task<ILookup<Guid, LoadedBoard>> LoadBoardsAsync(List<Guid> sessionIds, Dictionary<Guid, string> areaNames, DocumentationOptions options, CancellationToken ct)
    {
        var boards = await db.Boards.AsNoTracking().Where(b => sessionIds.Contains(b.SessionId)).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(ct);
        var boardIds = boards.Select(b => b.Id).ToList();
        var columns = (await db.BoardColumns.AsNoTracking().Where(c => boardIds.Contains(c.BoardId)).ToListAsync(ct))
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToLookup(c => c.BoardId);
        var clusters = (await db.Clusters.AsNoTracking().Where(c => boardIds.Contains(c.BoardId)).ToListAsync(ct)).ToDictionary(c => c.Id);
        var ideas = await db.Ideas.AsNoTracking().Where(i => boardIds.Contains(i.BoardId) && !i.Withdrawn && (options.IncludeHidden || !i.Hidden)).ToListAsync(ct);
        var participants = (await db.Participants.AsNoTracking().Where(p => boardIds.Contains(p.BoardId)).GroupBy(p => p.BoardId)
            .Select(g => new { BoardId = g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(p => p.BoardId, p => p.Count);
        var merged = ideas.Where(i => i.MergedIntoId is not null).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToLookup(i => i.MergedIntoId!.Value, i => i.Text);
        var kept = ideas.Where(i => i.MergedIntoId is null).OrderByDescending(i => i.Votes).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => (Idea: i, Part: new IdeaPart(
                i.Text, i.Votes, i.ClusterId is { } clusterId && clusters.TryGetValue(clusterId, out var cluster) ? cluster.Name : null,
                i.AreaId is { } areaId && areaNames.TryGetValue(areaId, out var area) ? area : null, i.Language, TextDirection.Of(i.Text),
                text[$"IdeaMark.{i.Mark}"], i.Hidden, i.Hidden ? i.HiddenReason : null, merged[i.Id].ToList(),
                options.IncludeNames ? i.AuthorName : null)))
            .ToList();
        return boards.Select(b =>
        {
            var own = kept.Where(k => k.Idea.BoardId == b.Id).ToList();
            var part = new BoardPart(b.Title,
                columns[b.Id].Select(c => new ColumnPart(c.Title, own.Where(k => k.Idea.ColumnId == c.Id).Select(k => k.Part).ToList())).ToList(),
                clusters.Values.Where(c => c.BoardId == b.Id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Name).ToList(),
                participants.GetValueOrDefault(b.Id));
            return new LoadedBoard(b.SessionId, part, own);
        }).ToLookup(b => b.SessionId);
    }

    /// <summary>Per area, event by event, every idea filed under it (or posted on a board of a session in that area).</summary>
    private static List<AreaChapter> AreaChapters(List<ThematicArea> areas, List<Event> events, List<Session> sessions, ILookup<Guid, LoadedBoard> boards) =>
        areas.Select(area => new AreaChapter(area.Name, area.Description, events.Select(e =>
            {
                var ideas = sessions.Where(s => s.EventId == e.Id).SelectMany(s => boards[s.Id].SelectMany(b => b.Ideas)
                        .Where(k => k.Idea.AreaId == area.Id || (k.Idea.AreaId is null && s.AreaId == area.Id)))
                    .OrderByDescending(k => k.Idea.Votes).ThenBy(k => k.Idea.CreatedAt).ThenBy(k => k.Idea.Id).Select(k => k.Part).ToList();
                return new AreaEventPart(e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone), ideas);
            }).Where(p => p.Ideas.Count > 0).ToList())).ToList();
}
