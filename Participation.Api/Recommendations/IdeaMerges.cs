using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;

namespace Participation.Api.Recommendations;

/// <summary>
/// The merges of ideas on their boards, followed both ways and through chains (A into B, B later into C): an idea
/// and everything merged with it form one group, so a recommendation made from any of them is found from all of them,
/// whether the merge came before or after it.
/// </summary>
public sealed class IdeaMerges
{
    private readonly Dictionary<Guid, Guid?> into;
    private readonly ILookup<Guid, Guid> from;

    private IdeaMerges(Dictionary<Guid, Guid?> into)
    {
        this.into = into;
        from = into.Where(i => i.Value is not null).ToLookup(i => i.Value!.Value, i => i.Key);
    }

    /// <summary>The merges on every board that holds one of the ideas (merges never cross boards).</summary>
    public static async Task<IdeaMerges> LoadAsync(ParticipationDb db, IReadOnlyCollection<Guid> ideaIds, CancellationToken ct)
    {
        var boardIds = await db.Ideas.Where(i => ideaIds.Contains(i.Id)).Select(i => i.BoardId).Distinct().ToListAsync(ct);
        var links = await db.Ideas.AsNoTracking().Where(i => boardIds.Contains(i.BoardId)).Select(i => new { i.Id, i.MergedIntoId }).ToListAsync(ct);
        return new IdeaMerges(links.ToDictionary(l => l.Id, l => l.MergedIntoId));
    }

    /// <summary>What the idea was merged into, then what that was merged into, and so on.</summary>
    public IReadOnlyList<Guid> Into(Guid ideaId)
    {
        var chain = new List<Guid>();
        var seen = new HashSet<Guid> { ideaId };
        while (into.GetValueOrDefault(ideaId) is { } next && seen.Add(next))
        {
            chain.Add(next);
            ideaId = next;
        }
        return chain;
    }

    /// <summary>Every idea merged into this one, directly or through another.</summary>
    public IReadOnlyList<Guid> From(Guid ideaId)
    {
        var found = new List<Guid>();
        var seen = new HashSet<Guid> { ideaId };
        var waiting = new Queue<Guid>([ideaId]);
        while (waiting.TryDequeue(out var current))
        {
            foreach (var merged in from[current].Where(seen.Add))
            {
                found.Add(merged);
                waiting.Enqueue(merged);
            }
        }
        return found;
    }

    /// <summary>The idea and all ideas it is merged with: from the last idea of its chain, everything merged into that.</summary>
    public IReadOnlyList<Guid> Group(Guid ideaId)
    {
        var root = Into(ideaId).LastOrDefault(ideaId);
        return [root, .. From(root)];
    }
}
