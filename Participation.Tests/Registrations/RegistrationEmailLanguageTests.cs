using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using Participation.Api.Registrations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Registrations;

/// <summary>An attendee who registered in English gets English emails whose links open the pages in English on any device.</summary>
public sealed class RegistrationEmailLanguageTests : IAsyncLifetime
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
    public async Task A_registration_in_English_gets_English_emails_whose_links_open_the_pages_in_English_and_remember_it()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var anonymous = factory.CreateClient();

        await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("amira@verein.example").With("language", "en")))
            .ReadAsync<RegistrationReceipt>(HttpStatusCode.Accepted);
        var confirmMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "amira@verein.example", TimeSpan.FromSeconds(20));
        var confirmLink = Link(confirmMail, "/r/confirm/");
        await (await anonymous.PostAsync($"/api/registrations/confirm?token={Uri.EscapeDataString(confirmMail.LinkToken("/r/confirm/"))}", null))
            .ReadAsync<OwnRegistrationResponse>();
        var ticketMail = await smtp.WaitForMessageAsync(m => m.Recipient() == "amira@verein.example" && m.Subject!.Contains("confirmed"), TimeSpan.FromSeconds(20));
        var manageLink = Link(ticketMail, "/r/");

        Assert.StartsWith("Please confirm your registration", confirmMail.Subject);
        Assert.EndsWith("?culture=en", confirmLink.ToString());
        Assert.EndsWith("?culture=en", manageLink.ToString());
        foreach (var link in new[] { confirmLink, manageLink })
        {
            // A fresh device: no cookie, and a browser asking for German first.
            var device = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
            request.Headers.AcceptLanguage.ParseAdd("de-DE");
            var page = await device.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html lang=\"en\"", await page.Content.ReadAsStringAsync());
            var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture="));
            Assert.Contains("c%3Den%7Cuic%3Den", cookie);
        }
    }

    /// <summary>The first link in the text part whose path starts with <paramref name="path"/>, with its query.</summary>
    private static Uri Link(MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", @"https?://[^\s/]+" + Regex.Escape(path) + @"[^\s""<>]+");
        Assert.True(match.Success, $"No link {path} in: {message.TextBody}");
        return new Uri(match.Value);
    }
}
