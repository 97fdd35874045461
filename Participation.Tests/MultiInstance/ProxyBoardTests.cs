using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.MultiInstance;

/// <summary>The multi-instance board through the nginx site from deploy/, as phones reach it in production.</summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class ProxyBoardTests(PostgresServer postgres, RedisServer redis)
{
    [Fact]
    public async Task Through_nginx_phones_on_both_instances_see_one_order_and_those_of_a_stopped_instance_come_back_through_it_losing_nothing()
    {
        await using var two = await TwoInstances.StartAsync(postgres, redis);
        await using var proxy = await NginxProxy.StartAsync([two.AUrl, two.BUrl]);
        var board = await two.A.CreateBoardAsync();
        // nginx keeps each client address on one instance; phones from addresses of their own land on both.
        var sources = await SourcesPerInstanceAsync(proxy, [two.AUrl, two.BUrl], perInstance: 2);
        var onA = await Task.WhenAll(sources[two.AUrl].Select((source, i) => OpenPhoneAsync(proxy, board, source, $"Telefon A{i}")));
        var onB = await Task.WhenAll(sources[two.BUrl].Select((source, i) => OpenPhoneAsync(proxy, board, source, $"Telefon B{i}")));
        BoardView[] everyone = [.. onA.Select(p => p.View), .. onB.Select(p => p.View)];
        var column = board.Column(0);

        await Task.WhenAll(everyone.Select(view => BoardViews.PostIdeasAsync(view, column, 3)));
        await BoardViews.EveryoneHasAsync(everyone, 12);
        Assert.All(everyone, view => Assert.Equal(Enumerable.Range(1, 12).Select(n => (long)n), view.Client.Received.Select(m => m.Seq).Order()));

        await two.StopAAsync();
        // Meanwhile, through the proxy, ideas keep coming from the phones on B.
        await Task.WhenAll(onB.Select(phone => BoardViews.PostIdeasAsync(phone.View, column, 2)));
        foreach (var (view, _) in onA)
        {
            await view.WaitUntilOnlineAsync();
        }
        await Task.WhenAll(onA.Select(phone => BoardViews.PostIdeasAsync(phone.View, column, 1)));

        await BoardViews.EveryoneHasAsync(everyone, 18);
        var snapshot = await (await two.B.WithToken(board.FacilitatorToken).GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal((18L, 18), (snapshot.Seq, snapshot.Ideas.Count));
        BoardViews.AssertAllShow(snapshot, everyone);
        var b = new Uri(two.BUrl).Authority;
        foreach (var (view, source) in onA)
        {
            Assert.True(view.Reconnects >= 1, $"{view.Name} should have reconnected by itself: {view}");
            await WaitForLogAsync(proxy, line => line.Client == source.ToString() && line.Path.StartsWith("/hubs/board/negotiate", StringComparison.Ordinal)
                && line.Upstream == b && line.Status == "200", $"{view.Name}'s negotiation through nginx with instance B");
        }
        foreach (var view in everyone)
        {
            await view.DisposeAsync();
        }
    }

    /// <summary>A participant who joins by the board's code through the proxy and opens the board there, reconnecting by itself.</summary>
    private static async Task<(BoardView View, IPAddress Source)> OpenPhoneAsync(NginxProxy proxy, TestBoard board, IPAddress source, string name)
    {
        using var http = new HttpClient(LoopbackSource.Handler(source)) { BaseAddress = new Uri(proxy.BaseUrl) };
        var joined = await (await http.PostJsonAsync($"/api/join/{board.Board.JoinCode}", new { displayName = name })).ReadAsync<JoinResponse>();
        var connection = BoardClient.Builder(proxy.BaseUrl, joined.ParticipantToken, LoopbackSource.Hub(source, joined.ParticipantToken))
            .WithAutomaticReconnect(new KeepTrying())
            .Build();
        return (await BoardView.OpenAsync(connection, name, board.Id, restartWhenClosed: true), source);
    }

    /// <summary>
    /// Client addresses, <paramref name="perInstance"/> for each upstream, found by asking through the
    /// proxy from one address after another and reading in nginx's log which instance answered.
    /// </summary>
    private static async Task<Dictionary<string, List<IPAddress>>> SourcesPerInstanceAsync(NginxProxy proxy, IReadOnlyList<string> upstreams, int perInstance)
    {
        var found = upstreams.ToDictionary(url => url, _ => new List<IPAddress>());
        for (var n = 2; n < 255 && found.Values.Any(list => list.Count < perInstance); n++)
        {
            var source = LoopbackSource.Address(n);
            using var http = new HttpClient(LoopbackSource.Handler(source)) { BaseAddress = new Uri(proxy.BaseUrl) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/health/live?probe={n}")).StatusCode);
            var served = await WaitForLogAsync(proxy, line => line.Path == $"/health/live?probe={n}", $"the probe from {source}");
            var upstream = upstreams.Single(url => new Uri(url).Authority == served.Upstream);
            if (found[upstream].Count < perInstance)
            {
                found[upstream].Add(source);
            }
        }
        Assert.True(found.Values.All(list => list.Count == perInstance), $"nginx sent the addresses 127.0.0.2 to .254 to one instance only: {string.Join(", ", found.Select(f => $"{f.Key}: {f.Value.Count}"))}.");
        return found;
    }

    private sealed record LogLine(string Client, string Upstream, string Status, string Method, string Path);

    /// <summary>
    /// A request in nginx's log once it is there (nginx writes it as the request ends). When nginx tried
    /// several instances, <c>$upstream_addr</c> lists them all; <see cref="LogLine.Upstream"/> is the one that answered.
    /// </summary>
    private static async Task<LogLine> WaitForLogAsync(NginxProxy proxy, Func<LogLine, bool> match, string what)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var lines = proxy.AccessLog().Select(line => line.Split(' ')).Select(fields =>
                new LogLine(fields[0], string.Join(' ', fields[1..^3]).Split(", ")[^1], fields[^3], fields[^2], fields[^1])).ToList();
            if (lines.LastOrDefault(match) is { } found)
            {
                return found;
            }
            if (waited.Elapsed > BoardClient.Patience)
            {
                Assert.Fail($"nginx's log never showed {what}; it has: {string.Join(" | ", proxy.AccessLog().TakeLast(30))}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Like the pages' client: tries again and again, soon, until the test's patience runs out.</summary>
    private sealed class KeepTrying : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext context) =>
            context.ElapsedTime > BoardClient.Patience ? null : context.PreviousRetryCount == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(250);
    }
}
