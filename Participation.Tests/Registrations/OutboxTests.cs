using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>The outbox loses no email and sends none twice: a server that is down, a restart, a refused address.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task A_message_queued_while_the_mail_server_is_down_arrives_exactly_once_after_a_restart_and_the_server_coming_back()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await smtp.StopAsync();
        string dataDirectory;
        Guid eventId;
        await using (var before = new ParticipationFactory { KeepDataDirectory = true, Settings = RegistrationArrange.Smtp(smtp) })
        {
            dataDirectory = before.DataDirectory;
            var admin = await before.AdminClientAsync();
            var process = await admin.CreateProcessAsync();
            eventId = (await admin.OpenEventAsync(process.Id)).Id;
            Assert.Equal(HttpStatusCode.Accepted, (await before.CreateClient().RegisterAsync(eventId, RegistrationArrange.Person("down@verein.example"))).StatusCode);
            // The sender tries, fails to connect, and keeps the message for later.
            await WaitForAsync(before, db => db.OutboxMessages.AnyAsync(m => m.Attempts > 0 && m.State == OutboxState.Queued));
        }

        await smtp.StartAgainAsync();
        await using var after = new ParticipationFactory { DataDirectory = dataDirectory, Settings = RegistrationArrange.Smtp(smtp) };
        _ = after.Server;
        await WaitForAsync(after, db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Sent));
        // Another round of the sender must not send it again.
        await after.Services.GetRequiredService<OutboxSender>().DrainOnceAsync(CancellationToken.None);

        var received = smtp.Messages().Where(m => m.Recipient() == "down@verein.example").ToList();
        Assert.Single(received);
        await using var scope = after.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<ParticipationDb>().OutboxMessages.SingleAsync();
        Assert.Equal((OutboxState.Sent, "smtp"), (row.State, row.DeliveredBy));
        Assert.True(row.Attempts >= 2);
    }

    [Fact]
    public async Task Without_an_smtp_server_emails_are_written_as_eml_files_to_the_data_directory()
    {
        await using var factory = new ParticipationFactory { Settings = { ["Participation:Outbox:PollSeconds"] = "1" } };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);

        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("offline@verein.example"));
        await WaitForAsync(factory, db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Sent));

        var file = Assert.Single(Directory.GetFiles(MailDelivery.FileFolder(factory.DataDirectory), "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("offline@verein.example", message.Recipient());
        Assert.Contains("/r/confirm/", message.TextBody);
    }

    [Fact]
    public async Task A_process_sets_the_sender_name_and_reply_to_address_of_its_emails()
    {
        await using var factory = new ParticipationFactory { Settings = { ["Participation:Outbox:PollSeconds"] = "1", ["Participation:Smtp:From"] = "beteiligung@kreis.example" } };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var invalid = await (await admin.PutJsonAsync($"/api/processes/{process.Id}", Arrange.Process(process.Title).With("mailReplyTo", "keine adresse")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("mailReplyTo", invalid.Errors!.Keys);
        await (await admin.PutJsonAsync($"/api/processes/{process.Id}", Arrange.Process(process.Title)
            .With("mailSenderName", "Landkreis Musterland, Integration").With("mailReplyTo", "integration@kreis.example"))).ReadAsync<Participation.Api.Processes.ProcessResponse>();
        var @event = await admin.OpenEventAsync(process.Id);

        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("absender@verein.example"));
        await WaitForAsync(factory, db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Sent));

        var message = await MimeKit.MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(MailDelivery.FileFolder(factory.DataDirectory), "*.eml")));
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Landkreis Musterland, Integration", "beteiligung@kreis.example"), (from.Name, from.Address));
        Assert.Equal("integration@kreis.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
    }

    [Fact]
    public async Task An_address_the_server_refuses_is_marked_failed_at_once_and_the_others_still_go_out()
    {
        await using var smtp = await SmtpTestServer.StartAsync("unbekannt@verein.example");
        await using var factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);

        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("unbekannt@verein.example"));
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("bekannt@verein.example"));
        await WaitForAsync(factory, db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Failed));
        await smtp.WaitForMessageAsync(m => m.Recipient() == "bekannt@verein.example", TimeSpan.FromSeconds(20));

        var failed = await (await admin.GetAsync($"/api/processes/{process.Id}/emails?state=failed")).ReadAsync<List<EmailSummary>>();
        var row = Assert.Single(failed);
        Assert.Equal(("unbekannt@verein.example", 1), (row.To, row.Attempts));
        Assert.Contains("550", row.LastError);
    }

    [Fact]
    public async Task Organisers_read_a_sent_email_and_send_it_again_and_nobody_else_can()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        await factory.CreateClient().RegisterAsync(@event.Id, RegistrationArrange.Person("gone@verein.example"));
        await WaitForAsync(factory, db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Sent));
        var sent = (await (await admin.GetAsync($"/api/processes/{process.Id}/emails")).ReadAsync<List<EmailSummary>>()).Single();

        var resent = await (await admin.PostAsync($"/api/emails/{sent.Id}/resend", null)).ReadAsync<EmailSummary>();
        Assert.Equal(OutboxState.Queued, resent.State);
        await smtp.WaitForCountAsync(2, TimeSpan.FromSeconds(20));
        var detail = await (await admin.GetAsync($"/api/emails/{sent.Id}")).ReadAsync<EmailDetail>();
        Assert.Contains("/r/confirm/", detail.TextBody);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/emails/{sent.Id}")).StatusCode);
    }

    private static async Task WaitForAsync(ParticipationFactory factory, Func<ParticipationDb, Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<ParticipationDb>()))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The outbox did not reach the expected state within 20 seconds.");
    }
}
