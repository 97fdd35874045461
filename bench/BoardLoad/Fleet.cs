using System.Collections.Concurrent;
using System.Diagnostics;

namespace Participation.Bench;

/// <summary>Many phones, connected in batches so the server sees a hall filling up, not a flood.</summary>
public sealed class Fleet(IReadOnlyList<Phone> phones, int failed, TimeSpan rampTime, string? firstError)
{
    public IReadOnlyList<Phone> Phones => phones;
    public int Failed => failed;
    public TimeSpan RampTime => rampTime;
    public string? FirstError => firstError;

    public int Connected => phones.Count(p => p.Connection.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected);

    public static async Task<Fleet> ConnectAsync(
        Routes routes, IReadOnlyList<BoardInfo> boards, int count, int batch, bool joinBoard, string runTag, CancellationToken ct)
    {
        var phones = new ConcurrentDictionary<int, Phone>();
        var failed = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < count; start += batch)
        {
            var indexes = Enumerable.Range(start, Math.Min(batch, count - start));
            await Task.WhenAll(indexes.Select(async i =>
            {
                // One retry: a refused connect under load is a finding, not a reason to stop.
                for (var attempt = 1; attempt <= 2; attempt++)
                {
                    try
                    {
                        phones[i] = await Phone.ConnectAsync(routes, boards[i % boards.Count], i, joinBoard, runTag, ct);
                        return;
                    }
                    catch (Exception problem) when (problem is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        if (attempt == 2)
                        {
                            Interlocked.Increment(ref failed);
                            Interlocked.CompareExchange(ref firstError, $"{problem.GetType().Name}: {problem.Message}", null);
                        }
                    }
                }
            }));
            if ((start + batch) % 1000 < batch || start + batch >= count)
            {
                Console.WriteLine($"  connected {phones.Count}/{Math.Min(start + batch, count)} ({failed} failed) after {clock.Elapsed.TotalSeconds:F1} s");
            }
        }
        return new Fleet(phones.OrderBy(p => p.Key).Select(p => p.Value).ToList(), failed, clock.Elapsed, firstError);
    }

    public async Task DisposeAsync(int batch)
    {
        for (var start = 0; start < phones.Count; start += batch)
        {
            var stops = phones.Skip(start).Take(batch).Select(p => p.Connection.DisposeAsync().AsTask());
            await Task.WhenAny(Task.WhenAll(stops), Task.Delay(TimeSpan.FromSeconds(10)));
        }
    }
}
