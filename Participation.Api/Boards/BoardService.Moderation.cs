using Participation.Api.Extensions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Boards;

/// <summary>What facilitators and table hosts do while a session runs.</summary>
public sealed partial class BoardService
{
    public Task<Outcome<IdeaDto>> HideIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, string? reason, CancellationToken ct) =>
        ModerateIdeaAsync(user, boardId, ideaId, "ideaHidden", idea =>
        {
            var why = reason?.Trim() ?? "";
            if (why.Length is 0 or > 300)
            {
                return Invalid("reason", "Moderation.Reason");
            }
            idea.Hidden = true;
            idea.HiddenReason = why;
            return null;
        }, ct);

    public Task<Outcome<IdeaDto>> ShowIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, CancellationToken ct) =>
        ModerateIdeaAsync(user, boardId, ideaId, "ideaShown", idea =>
        {
            idea.Hidden = false;
            idea.HiddenReason = null;
            return null;
        }, ct);

    public Task<Outcome<IdeaDto>> PinIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, bool pinned, CancellationToken ct) =>
        ModerateIdeaAsync(user, boardId, ideaId, "ideaPinned", idea =>
        {
            idea.Pinned = pinned;
            return null;
        }, ct);

    public Task<Outcome<IdeaDto>> MoveIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, Guid columnId, CancellationToken ct) =>
        ModerateIdeaAsync(user, boardId, ideaId, "ideaMoved", (idea, board) =>
        {
            if (board.Columns.All(c => c.Id != columnId))
            {
                return Invalid("columnId", "Idea.UnknownColumn");
            }
            idea.ColumnId = columnId;
            return null;
        }, ct);

    public Task<Outcome<IdeaDto>> SetIdeaClusterAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, Guid? clusterId, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && i.BoardId == board.Id, ct);
            if (idea is null)
            {
                return IdeaNotFound();
            }
            if (clusterId is { } id && !await db.Clusters.AnyAsync(c => c.Id == id && c.BoardId == board.Id, ct))
            {
                return Invalid("clusterId", "Cluster.NotFound");
            }
            idea.ClusterId = clusterId;
            idea.UpdatedAt = Now;
            return RecordIdea(changes, "ideaClustered", board, idea);
        }, ct);

    /// <summary>Merges duplicates into one idea: their dots move to it, the originals stay, marked as merged into it.</summary>
    public Task<Outcome<IdeaDto>> MergeIdeasAsync(ClaimsPrincipal user, Guid boardId, MergeInput input, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var sourceIds = (input.SourceIds ?? []).Distinct().Where(id => id != input.TargetId).ToList();
            if (sourceIds.Count == 0)
            {
                return Invalid("sourceIds", "Merge.NoSources");
            }
            var ideas = await db.Ideas.Where(i => i.BoardId == board.Id && (i.Id == input.TargetId || sourceIds.Contains(i.Id))
                                                  && !i.Withdrawn && i.MergedIntoId == null).ToListAsync(ct);
            var target = ideas.FirstOrDefault(i => i.Id == input.TargetId);
            if (target is null || ideas.Count != sourceIds.Count + 1)
            {
                return IdeaNotFound();
            }
            var sources = ideas.Where(i => i.Id != target.Id).ToList();
            var votes = await db.Votes.Where(v => v.IdeaId == target.Id || sourceIds.Contains(v.IdeaId)).ToListAsync(ct);
            foreach (var moving in votes.Where(v => v.IdeaId != target.Id).ToList())
            {
                var onTarget = votes.FirstOrDefault(v => v.IdeaId == target.Id && v.ParticipantId == moving.ParticipantId);
                if (onTarget is null)
                {
                    onTarget = new Vote { BoardId = board.Id, IdeaId = target.Id, ParticipantId = moving.ParticipantId };
                    db.Votes.Add(onTarget);
                    votes.Add(onTarget);
                }
                onTarget.Dots += moving.Dots;
                db.Votes.Remove(moving);
            }
            foreach (var source in sources)
            {
                target.Votes += source.Votes;
                source.Votes = 0;
                source.MergedIntoId = target.Id;
                source.UpdatedAt = Now;
                // A duplicate that everyone could see makes the merged idea visible too.
                target.Revealed |= source.Revealed;
            }
            target.UpdatedAt = Now;
            var merged = target.ToDto(board.NamedPosting);
            var originals = sources.Select(s => s.ToDto(board.NamedPosting)).ToList();
            changes.Record("ideasMerged",
                new { target = merged, sources = originals },
                new { target = merged.ForPublic(target.Revealed), sources = originals.Select(o => o.ForPublic(false)).ToList() });
            return merged;
        }, ct);

    public Task<Outcome<ClusterDto>> SaveClusterAsync(ClaimsPrincipal user, Guid boardId, Guid? clusterId, string? name, CancellationToken ct) =>
        ActAsync<ClusterDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var trimmed = name?.Trim() ?? "";
            if (trimmed.Length is 0 or > 120)
            {
                return Invalid("name", "Cluster.Name");
            }
            Cluster? cluster;
            if (clusterId is { } id)
            {
                cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id && c.BoardId == board.Id, ct);
                if (cluster is null)
                {
                    return new Refusal(RefusalKind.NotFound, text["Cluster.NotFound"]);
                }
                cluster.Name = trimmed;
            }
            else
            {
                cluster = new Cluster { BoardId = board.Id, Name = trimmed, CreatedAt = Now };
                db.Clusters.Add(cluster);
            }
            var dto = new ClusterDto(cluster.Id, cluster.Name);
            changes.Record("clusterSaved", dto);
            return dto;
        }, ct);

    public Task<Outcome<ClusterDto>> DeleteClusterAsync(ClaimsPrincipal user, Guid boardId, Guid clusterId, CancellationToken ct) =>
        ActAsync<ClusterDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == clusterId && c.BoardId == board.Id, ct);
            if (cluster is null)
            {
                return new Refusal(RefusalKind.NotFound, text["Cluster.NotFound"]);
            }
            await db.Ideas.Where(i => i.ClusterId == clusterId).ExecuteUpdateAsync(set => set.SetProperty(i => i.ClusterId, (Guid?)null), ct);
            db.Clusters.Remove(cluster);
            var dto = new ClusterDto(cluster.Id, cluster.Name);
            changes.Record("clusterDeleted", dto);
            return dto;
        }, ct);

    /// <summary>Shows every idea of a silent brainstorm to everyone.</summary>
    public Task<Outcome<int>> RevealIdeasAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct) =>
        ActAsync<int>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var concealed = await db.Ideas.Where(i => i.BoardId == board.Id && !i.Revealed).ToListAsync(ct);
            foreach (var idea in concealed)
            {
                idea.Revealed = true;
            }
            var ideas = concealed.Select(i => i.ToDto(board.NamedPosting)).ToList();
            changes.Record("ideasRevealed", new { ideas }, new { ideas = ideas.Where(i => !i.IsGone()).Select(i => i.ForPublic(true)).ToList() });
            return ideas.Count;
        }, ct);

    public Task<Outcome<BoardPhase>> SetPhaseAsync(ClaimsPrincipal user, Guid boardId, BoardPhase phase, CancellationToken ct) =>
        ActAsync<BoardPhase>(user, boardId, moderatorsOnly: true, (board, caller, changes) =>
        {
            if (!Enum.IsDefined(phase))
            {
                return Task.FromResult<Outcome<BoardPhase>>(Invalid("phase", "Board.Phase"));
            }
            if (board.Phase != phase)
            {
                board.Phase = phase;
                changes.Record("phaseChanged", new { phase });
            }
            return Task.FromResult<Outcome<BoardPhase>>(phase);
        }, ct);

    /// <summary>A countdown every screen shows. It is informative only: nothing closes when it runs out.</summary>
    public Task<Outcome<DateTimeOffset?>> SetTimerAsync(ClaimsPrincipal user, Guid boardId, int seconds, CancellationToken ct) =>
        ActAsync<DateTimeOffset?>(user, boardId, moderatorsOnly: true, (board, caller, changes) =>
        {
            if (seconds < 0 || seconds > Limits.MaxTimerSeconds)
            {
                return Task.FromResult<Outcome<DateTimeOffset?>>(Invalid("seconds", "Timer.Seconds", Limits.MaxTimerSeconds / 60));
            }
            board.TimerEndsAt = seconds == 0 ? null : Now.AddSeconds(seconds);
            DateTimeOffset? endsAt = board.TimerEndsAt is { } ends ? new DateTimeOffset(ends) : null;
            changes.Record("timerChanged", new { endsAt });
            return Task.FromResult<Outcome<DateTimeOffset?>>(endsAt);
        }, ct);

    public Task<Outcome<bool>> PublishResultsAsync(ClaimsPrincipal user, Guid boardId, bool published, CancellationToken ct) =>
        ActAsync<bool>(user, boardId, moderatorsOnly: true, (board, caller, changes) =>
        {
            if (board.ResultsPublished != published)
            {
                board.ResultsPublished = published;
                changes.Record("resultsPublished", new { published });
            }
            return Task.FromResult<Outcome<bool>>(published);
        }, ct);

    private Task<Outcome<IdeaDto>> ModerateIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, string type, Func<Idea, Refusal?> change, CancellationToken ct) =>
        ModerateIdeaAsync(user, boardId, ideaId, type, (idea, _) => change(idea), ct);

    private Task<Outcome<IdeaDto>> ModerateIdeaAsync(ClaimsPrincipal user, Guid boardId, Guid ideaId, string type, Func<Idea, Board, Refusal?> change, CancellationToken ct) =>
        ActAsync<IdeaDto>(user, boardId, moderatorsOnly: true, async (board, caller, changes) =>
        {
            var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && i.BoardId == board.Id && !i.Withdrawn, ct);
            if (idea is null)
            {
                return IdeaNotFound();
            }
            if (change(idea, board) is { } refused)
            {
                return refused;
            }
            idea.UpdatedAt = Now;
            return RecordIdea(changes, type, board, idea);
        }, ct);
}
