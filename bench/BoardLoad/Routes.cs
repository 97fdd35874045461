using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Participation.Bench;

/// <summary>
/// Where phone <c>i</c> connects: the <c>--url</c> list in turn (several instances directly), and, with
/// <c>--sources 127.0.0.2,127.0.0.3,…</c>, its WebSocket from those loopback source addresses in turn, so a
/// proxy that hashes by client address (nginx's <c>hash $remote_addr</c>) sees several clients, not one.
/// The admin's calls go to the first URL; each phone joins through its own URL (from 127.0.0.1).
/// </summary>
public sealed class Routes : IDisposable
{
    private readonly IReadOnlyList<Uri> urls;
    private readonly IReadOnlyList<BenchApi> apis;
    private readonly IReadOnlyList<HttpClient> clients;
    private readonly IReadOnlyList<IPAddress> sources;
    private readonly IReadOnlyList<HttpMessageInvoker> socketInvokers;

    private Routes(IReadOnlyList<Uri> urls, IReadOnlyList<IPAddress> sources)
    {
        this.urls = urls;
        this.sources = sources;
        clients = urls.Select(BenchApi.NewHttpClient).ToList();
        apis = clients.Select(c => new BenchApi(c)).ToList();
        socketInvokers = sources.Select(FromSource).ToList();
    }

    public static Routes From(Settings settings) => new(settings.Urls, settings.Sources);

    /// <summary>The admin's API: the first URL.</summary>
    public BenchApi Admin => apis[0];

    public Uri Url(int phone) => urls[phone % urls.Count];

    public BenchApi Api(int phone) => apis[phone % apis.Count];

    public IPAddress? Source(int phone) => sources.Count == 0 ? null : sources[phone % sources.Count];

    /// <summary>Phones per URL and source address, for the results.</summary>
    public List<string> Describe(int phones) => Enumerable.Range(0, phones)
        .GroupBy(i => $"{Url(i)} from {Source(i)?.ToString() ?? "127.0.0.1"}")
        .Select(g => $"{g.Key}: {g.Count()}")
        .ToList();

    /// <summary>
    /// With source addresses: a WebSocket opened through a handler whose sockets are bound to the phone's
    /// address, carrying the participant token as the transport would. Without: null (SignalR's own).
    /// </summary>
    public Func<WebSocketConnectionContext, CancellationToken, ValueTask<WebSocket>>? WebSocketFactory(int phone, string token)
    {
        if (sources.Count == 0)
        {
            return null;
        }
        var invoker = socketInvokers[phone % socketInvokers.Count];
        return async (context, ct) =>
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
            try
            {
                await socket.ConnectAsync(context.Uri, invoker, ct);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
    }

    private static HttpMessageInvoker FromSource(IPAddress source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
        foreach (var invoker in socketInvokers)
        {
            invoker.Dispose();
        }
    }
}
