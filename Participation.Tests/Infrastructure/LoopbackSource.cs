using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A device of its own on this machine: its connections leave from one address of 127.0.0.0/8 (all of it
/// is on the loopback interface), so a proxy that is sticky by client address treats it as another person.
/// </summary>
public static class LoopbackSource
{
    public static IPAddress Address(int n) => new([127, 0, 0, checked((byte)n)]);

    /// <summary>An HTTP handler whose connections leave from <paramref name="source"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        ConnectCallback = async (context, cancellation) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Hub connection settings under which negotiation and the WebSocket both leave from <paramref name="source"/>.</summary>
    public static Action<HttpConnectionOptions> Hub(IPAddress source, string accessToken) => options =>
    {
        // The connection disposes the handler it is given, and asks again at each reconnect.
        options.HttpMessageHandlerFactory = _ => Handler(source);
        options.WebSocketFactory = async (context, cancellation) =>
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", $"Bearer {accessToken}");
            // Only the opening handshake goes through the invoker; the upgraded connection belongs to the socket.
            using var invoker = new HttpMessageInvoker(Handler(source));
            await socket.ConnectAsync(context.Uri, invoker, cancellation);
            return socket;
        };
    };
}
