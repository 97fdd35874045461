using System.Net;
using Participation.Api.Boards;
using Participation.Api.Registrations;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

public sealed class LogHygieneTests
{
    [Fact]
    public async Task No_log_line_holds_an_email_address_or_a_token_of_a_link()
    {
        const string refused = "abgelehnt@verein.example";
        await using var smtp = await SmtpTestServer.StartAsync(refused);
        var logs = new CollectedLogs();
        var settings = RegistrationArrange.Smtp(smtp);
        settings["Logging:LogLevel:Default"] = "Information";
        await using var factory = new ParticipationFactory { Settings = settings, LoggerProvider = logs };
        var baseUrl = factory.StartOnKestrel();
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var anonymous = factory.CreateClient();
        var secrets = new List<string> { "aylin@verein.example", refused };

        await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("aylin@verein.example"))).ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person(refused, "Boris Petrenko"))).ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        var confirmMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example", BoardClient.Patience);
        var confirmToken = confirmMail.LinkToken("/r/confirm/");
        secrets.Add(confirmToken);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/r/confirm/{Uri.EscapeDataString(confirmToken)}")).StatusCode);
        var ticket = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example" && m.TextBody!.Contains("/r/") && !m.TextBody.Contains("/r/confirm/"), BoardClient.Patience);
        var manageToken = ticket.LinkToken("/r/");
        secrets.Add(manageToken);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/r/{Uri.EscapeDataString(manageToken)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/registrations/mine?token={Uri.EscapeDataString(manageToken)}")).StatusCode);

        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        secrets.Add(anna.Token);
        var (hub, _) = await BoardClient.JoinAsync(baseUrl, anna.Token, "Anna", board.Id);
        await using (hub)
        {
            await hub.PostIdeaAsync(board.Id, board.Column(0), "Sprachcafé am Samstag");
        }
        var host = await (await board.Facilitator.PostJsonAsync($"/api/sessions/{board.SessionId}/hosts", new HostInput("Tischpatin"))).ReadAsync<HostResponse>();
        secrets.Add(host.HostToken);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(host.HostUrl).PathAndQuery)).StatusCode);

        // The refused address is written to the log by the outbox sender's warning; wait for that line.
        await WaitForAsync(() => logs.Lines.Any(l => l.Contains("not delivered")));
        var lines = logs.Lines;
        Assert.Contains(lines, l => l.StartsWith("Information", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)
                || l.Contains(Uri.EscapeDataString(secret), StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(BoardClient.Patience);
        while (!condition())
        {
            await Task.Delay(100, patience.Token);
        }
    }
}
