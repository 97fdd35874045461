using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Participation.Api.Email;

/// <summary>One delivery round: an SMTP connection kept open for the round, or .eml files when no server is set.</summary>
public sealed class MailDelivery(IOptions<SmtpOptions> smtpOptions, IOptions<ParticipationOptions> participation) : IAsyncDisposable
{
    private readonly SmtpOptions smtp = smtpOptions.Value;
    private SmtpClient? client;

    public string Method => smtp.IsConfigured ? "smtp" : "file";

    public async Task SendAsync(OutboxMessage row, CancellationToken ct)
    {
        if (!smtp.IsConfigured)
        {
            await WriteFileAsync(row, ct);
            return;
        }
        using var stream = new MemoryStream(row.Mime);
        var message = await MimeMessage.LoadAsync(stream, ct);
        var connected = await ConnectedAsync(ct);
        await connected.SendAsync(message, ct);
    }

    /// <summary>The folder the .eml files go to without SMTP; named by the row, so writing twice gives one file.</summary>
    public static string FileFolder(string dataDirectory) => Path.Combine(dataDirectory, "mail");

    private async Task WriteFileAsync(OutboxMessage row, CancellationToken ct)
    {
        var folder = FileFolder(participation.Value.DataDirectory);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{row.CreatedAt:yyyyMMdd-HHmmss}-{row.Id:N}.eml");
        var temporary = target + ".tmp";
        await File.WriteAllBytesAsync(temporary, row.Mime, ct);
        File.Move(temporary, target, overwrite: true);
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }
        client?.Dispose();
        client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        // Without NoDelay, MailKit's small writes wait for the server's delayed acknowledgement: about 50 ms a message (bench/RESULTS.md).
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(smtp.Host!, smtp.Port, ct);
            await client.ConnectAsync(socket, smtp.Host!, smtp.Port, security, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (client is { IsConnected: true })
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception)
            {
                // The messages are delivered; a failing goodbye changes nothing.
            }
        }
        client?.Dispose();
    }
}
