using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Participation.Bench.BareHub;

/// <summary>Boards known by join code, each with its sequence counter. Nothing is stored.</summary>
public sealed class BareBoards
{
    private readonly ConcurrentDictionary<string, Guid> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, StrongBox<long>> sequences = new();

    public (Guid Id, string JoinCode) Create()
    {
        var id = Guid.NewGuid();
        var code = id.ToString("N")[..8].ToUpperInvariant();
        byCode[code] = id;
        sequences[id] = new StrongBox<long>(0);
        return (id, code);
    }

    public Guid? Find(string joinCode) => byCode.TryGetValue(joinCode, out var id) ? id : null;

    public long Next(Guid boardId) => Interlocked.Increment(ref Counter(boardId).Value);

    public long Current(Guid boardId) => Interlocked.Read(ref Counter(boardId).Value);

    private StrongBox<long> Counter(Guid boardId) => sequences.GetOrAdd(boardId, _ => new StrongBox<long>(0));
}
