using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Pages;

/// <summary>What a visitor's browser gets from the pages without logging in: redirects and readable error pages.</summary>
public sealed class PageAnswerTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private HttpClient Visitor(string language = "de")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    [Fact]
    public async Task An_organiser_page_sends_a_visitor_without_login_to_the_login_page()
    {
        var response = await Visitor().GetAsync("/organise/processes/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Forganise%2Fprocesses%2Fnew", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_unknown_page_is_a_readable_page_in_the_visitors_language_not_problem_json()
    {
        var german = await Visitor().GetAsync("/gibt-es-nicht");
        var english = await Visitor("en").GetAsync("/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, german.StatusCode);
        Assert.Equal("text/html", german.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Seite nicht gefunden</h1>", await german.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"en\"", await english.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Page not found</h1>", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_public_page_shows_a_public_event_with_its_text_encoded_and_hides_an_internal_one()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var open = await admin.CreateEventAsync(process.Id, Arrange.Event("Workshop <b>Sprache</b> & Bildung").With("isPublic", true));
        var closed = await admin.CreateEventAsync(process.Id, Arrange.Event("Fokusgruppe intern"));

        var page = await Visitor().GetStringAsync($"/events/{open.Id}");
        var hidden = await Visitor().GetAsync($"/events/{closed.Id}");

        Assert.Contains("<h1 dir=\"auto\">Workshop &lt;b&gt;Sprache&lt;/b&gt; &amp; Bildung</h1>", page);
        Assert.Contains("Samstag, 14. März 2026, 09:00–16:00", page);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }
}
