using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Participation.Tests.Infrastructure;

public sealed class SmtpTestServerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_sent_message_can_be_read_back_with_its_umlauts()
    {
        await using var server = await SmtpTestServer.StartAsync();

        await SendAsync(server, "Anmeldung bestätigt: Bürgerdialog Grünflächen", "Grüße aus dem Kreishaus, Straße 1");

        var message = await server.WaitForMessageAsync(m => m.Subject?.Contains("Bürgerdialog") == true, Timeout);
        Assert.Equal("Anmeldung bestätigt: Bürgerdialog Grünflächen", message.Subject);
        Assert.Equal("Grüße aus dem Kreishaus, Straße 1", message.TextBody?.Trim());
        Assert.Equal("teilnehmerin@example.org", Assert.Single(message.To.Mailboxes).Address);
    }

    [Fact]
    public async Task A_stopped_server_refuses_connections_and_after_starting_again_lists_old_and_new_messages()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await SendAsync(server, "Erste Nachricht", "vorher");
        await server.WaitForCountAsync(1, Timeout);

        await server.StopAsync();
        using (var probe = new TcpClient())
        {
            await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync(server.Host, server.Port));
        }
        await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(server, "Geht verloren", "nie"));

        await server.StartAgainAsync();
        await SendAsync(server, "Zweite Nachricht", "nachher");

        var messages = await server.WaitForCountAsync(2, Timeout);
        Assert.Equal(["Erste Nachricht", "Zweite Nachricht"], messages.Select(m => m.Subject));
    }

    private static async Task SendAsync(SmtpTestServer server, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Landkreis Beispiel", "beteiligung@example.org"));
        message.To.Add(new MailboxAddress("Jördis Müller", "teilnehmerin@example.org"));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
