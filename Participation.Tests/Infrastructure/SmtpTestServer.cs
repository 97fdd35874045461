using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for one test: Debian's aiosmtpd on a free loopback port, storing each message
/// as a file in a temporary folder. It can be stopped and started again on the same port, so a test
/// can queue mail while the server is down and see it delivered later.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    // Debian's interpreter, not whichever python3 is first on PATH: the module comes from a Debian package.
    private const string Python = "/usr/bin/python3";
    private const string Package = "python3-aiosmtpd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly string folder;
    private readonly StringBuilder log = new();
    private Process? process;
    private int starts;

    private SmtpTestServer(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    /// <summary>aiosmtpd's own Mailbox handler, refusing the addresses in SMTP_REFUSED as a real server refuses an unknown mailbox.</summary>
    private const string RefusingMailbox = """
        import os
        from aiosmtpd.handlers import Mailbox

        class RefusingMailbox(Mailbox):
            refused = {a.strip().lower() for a in os.environ.get("SMTP_REFUSED", "").split(",") if a.strip()}

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.lower() in self.refused:
                    return "550 5.1.1 Mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    private string[] refused = [];

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Starts a server; it answers 550 (mailbox unavailable) for each of <paramref name="refusedAddresses"/>.</summary>
    public static async Task<SmtpTestServer> StartAsync(params string[] refusedAddresses)
    {
        await EnsureInstalledAsync();
        var server = new SmtpTestServer(Directory.CreateTempSubdirectory("participation-smtp-").FullName, LoopbackPorts.Free())
        {
            refused = refusedAddresses,
        };
        try
        {
            await server.StartAgainAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Starts the server on the same port again; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (process is not null)
        {
            throw new InvalidOperationException("The SMTP test server is already running.");
        }
        // aiosmtpd's Mailbox wants a folder that does not exist yet, so every start gets its own.
        var mailbox = Path.Combine(folder, $"start-{++starts:D3}");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["PYTHONUNBUFFERED"] = "1", ["PYTHONPATH"] = folder, ["SMTP_REFUSED"] = string.Join(",", refused) },
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "refusing_mailbox.py"), RefusingMailbox);
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "refusing_mailbox.RefusingMailbox", mailbox })
        {
            start.ArgumentList.Add(argument);
        }
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        process.OutputDataReceived += (_, line) => Log(line.Data);
        process.ErrorDataReceived += (_, line) => Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAcceptingAsync(process);
    }

    /// <summary>Kills the server; its port refuses connections until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>Every message received since the first start, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(mailbox => Path.Combine(mailbox, "new"))
            .Where(Directory.Exists)
            .SelectMany(received => Directory.GetFiles(received)
                .OrderBy(File.GetLastWriteTimeUtc)
                .ThenBy(file => file, StringComparer.Ordinal))
            .Select(file => MimeMessage.Load(file))
            .ToList();

    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            if (messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"No matching message arrived within {timeout}. Received: {Describe(messages)}");
            }
            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived and returns all of them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForCountAsync(int count, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count)
            {
                return messages;
            }
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Expected {count} messages within {timeout}, got {messages.Count}: {Describe(messages)}");
            }
            await Task.Delay(PollInterval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task WaitUntilAcceptingAsync(Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (server.HasExited)
            {
                await server.WaitForExitAsync();
                throw new InvalidOperationException(
                    $"The SMTP test server on {Host}:{Port} exited with code {server.ExitCode}: {Logged()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(PollInterval);
            }
            catch (SocketException error)
            {
                throw new InvalidOperationException(
                    $"The SMTP test server did not accept connections on {Host}:{Port} within {StartTimeout}: {error.Message}. Its output: {Logged()}");
            }
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException(
                $"The SMTP tests need Debian's {Python} with the aiosmtpd module, and {Python} does not exist. " +
                $"Install it with: apt-get install {Package}");
        }
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "import aiosmtpd" })
        {
            start.ArgumentList.Add(argument);
        }
        using var check = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        var output = check.StandardOutput.ReadToEndAsync();
        var errors = check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The SMTP tests need the Python module aiosmtpd for {Python}, and it cannot be imported " +
                $"({(await output + await errors).Trim()}). Install it with: apt-get install {Package}");
        }
    }

    private static string Describe(IReadOnlyList<MimeMessage> messages) =>
        messages.Count == 0 ? "none" : string.Join("; ", messages.Select(message => $"\"{message.Subject}\" to {message.To}"));

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private string Logged()
    {
        lock (log)
        {
            return log.ToString();
        }
    }
}
