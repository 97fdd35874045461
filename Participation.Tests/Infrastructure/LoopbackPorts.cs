using System.Net;
using System.Net.Sockets;

namespace Participation.Tests.Infrastructure;

public static class LoopbackPorts
{
    /// <summary>A loopback port nobody listens on now: asked of the kernel, then given back (a fixed one may be taken).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
