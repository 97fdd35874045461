using System.Net;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>The whole way of an attendee through a real SMTP server: register, confirm, ticket, cancel, promotion.</summary>
public sealed class RegistrationEmailTests : IAsyncLifetime
{
    private SmtpTestServer smtp = null!;
    private ParticipationFactory factory = null!;

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        factory = new ParticipationFactory { Settings = RegistrationArrange.Smtp(smtp) };
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Registering_confirming_and_cancelling_by_email_promotes_the_first_on_the_waiting_list()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id, capacity: 1);
        var anonymous = factory.CreateClient();

        var first = await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("aylin@verein.example")))
            .ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        var second = await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("boris@verein.example", "Boris Petrenko")))
            .ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        Assert.Equal((RegistrationStatus.Pending, RegistrationStatus.WaitingList), (first.Status, second.Status));

        var confirmMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example", TimeSpan.FromSeconds(20));
        Assert.Contains("bestätigen", confirmMail.Subject!);
        Assert.NotNull(confirmMail.HtmlBody);
        var confirmed = await (await anonymous.PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(confirmMail.LinkToken("/r/confirm/"))}", null))
            .ReadAsync<OwnRegistrationResponse>();
        Assert.Equal(RegistrationStatus.Confirmed, confirmed.Status);

        var ticket = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example" && m.Subject!.Contains("bestätigt"), TimeSpan.FromSeconds(20));
        var attachments = ticket.Attachments.Select(a => a.ContentDisposition!.FileName).Order().ToList();
        Assert.Equal(["event.ics", "ticket.png"], attachments);
        Assert.Contains(confirmed.TicketCode!, ticket.TextBody);

        // Boris confirms his waiting-list entry, then Aylin cancels with the link from her email.
        var borisMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "boris@verein.example", TimeSpan.FromSeconds(20));
        await (await anonymous.PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(borisMail.LinkToken("/r/confirm/"))}", null))
            .ReadAsync<OwnRegistrationResponse>();
        var manage = Uri.EscapeDataString(ticket.LinkToken("/r/"));
        var cancelled = await (await anonymous.PostAsync($"/api/registrations/mine/cancel?token={manage}", null)).ReadAsync<OwnRegistrationResponse>();
        Assert.Equal(RegistrationStatus.Cancelled, cancelled.Status);

        var cancelMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "aylin@verein.example" && m.Subject!.Contains("Abmeldung"), TimeSpan.FromSeconds(20));
        Assert.Contains(cancelMail.Attachments, a => a.ContentDisposition!.FileName == "event.ics");
        var promoted = await smtp.WaitForMessageAsync(m => m.Recipient() == "boris@verein.example" && m.Subject!.Contains("Platz"), TimeSpan.FromSeconds(20));
        Assert.Contains(promoted.Attachments, a => a.ContentDisposition!.FileName == "ticket.png");

        var list = await (await admin.GetAsync($"/api/events/{@event.Id}/registrations")).ReadAsync<List<RegistrationResponse>>();
        Assert.Equal(RegistrationStatus.Confirmed, list.Single(r => r.Email == "boris@verein.example").Status);
        Assert.Equal(RegistrationStatus.Cancelled, list.Single(r => r.Email == "aylin@verein.example").Status);
    }
}
