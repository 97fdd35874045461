using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A throw-away Redis server from the installed binary: a child process on a free loopback port that
/// keeps nothing on disk, ready once it answers PING.
/// </summary>
internal sealed class LocalRedisServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private LocalRedisServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<LocalRedisServer> StartAsync()
    {
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }
        var server = new LocalRedisServer(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Binary}."), port);
        server.process.OutputDataReceived += (_, line) => server.Log(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Log(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"{Binary} on port {Port} exited with code {process.ExitCode}: {Logged()}");
            }
            if (await PingAsync())
            {
                return;
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"{Binary} did not answer PING on port {Port} within {StartTimeout}. Its output: {Logged()}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>One PING in the Redis protocol; true once the answer is PONG.</summary>
    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var answer = new byte[64];
            var read = await stream.ReadAsync(answer);
            return Encoding.ASCII.GetString(answer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string Logged()
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
