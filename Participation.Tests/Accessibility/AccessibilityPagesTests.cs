using System.Net;
using Participation.Api.Accessibility;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Accessibility;

/// <summary>The statement's pages through plain HTTP: the organiser's form, the public page, the footer link of both layouts.</summary>
public sealed class AccessibilityPagesTests
{
    private const string FooterLink = """<a href="/accessibility">""";

    [Fact]
    public async Task A_statement_saved_in_the_form_is_shown_encoded_with_its_paragraphs_and_a_mailto_link()
    {
        await using var factory = new ParticipationFactory();
        var pages = await factory.PageClientAsync();

        var saved = await pages.PostFormAsync("/organise/accessibility", Form("Erster Absatz <script>alert(1)</script>\n\nZweiter Absatz"));
        var html = await factory.CreateClient().GetStringAsync("/accessibility");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<p>Erster Absatz &lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
        Assert.Contains("<p>Zweiter Absatz</p>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("""<a href="mailto:barrierefrei@kreis-testland.example">""", html);
        Assert.Contains("30.11.2026", html);
        Assert.Contains("""<a href="https://www.schlichtungsstelle-bgg.de" rel="noopener">""", html);
    }

    [Fact]
    public async Task On_a_page_in_another_language_the_organisations_German_text_is_marked_as_German()
    {
        await using var factory = new ParticipationFactory();
        var pages = await factory.PageClientAsync();
        await pages.PostFormAsync("/organise/accessibility", Form("Der Landkreis ist bemüht."));

        var english = await factory.CreateClient().GetStringAsync("/accessibility?culture=en");
        var german = await factory.CreateClient().GetStringAsync("/accessibility?culture=de");

        Assert.Contains("<h1>Accessibility statement</h1>", english);
        Assert.Contains("""<div class="prose" id="accessibility-statement" lang="de" dir="ltr">""", english);
        Assert.Contains("<h1>Erklärung zur Barrierefreiheit</h1>", german);
        Assert.Contains("""<div class="prose" id="accessibility-statement">""", german);
    }

    [Fact]
    public async Task A_bad_address_in_the_form_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        await using var factory = new ParticipationFactory();
        var pages = await factory.PageClientAsync();
        var form = Form("Text");
        form["contactEmail"] = "keine-adresse";

        var response = await pages.PostFormAsync("/organise/accessibility", form);
        var html = await response.Content.ReadAsStringAsync();
        var versions = await (await (await factory.AdminClientAsync()).GetAsync("/api/accessibility-statement/versions"))
            .ReadAsync<List<AccessibilityStatementResponse>>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("""<p class="error" id="contactEmail-error">[^<]+</p>""", html);
        Assert.Empty(versions);
    }

    [Fact]
    public async Task An_account_without_the_organiser_or_administrator_role_may_not_open_the_editor()
    {
        await using var factory = new ParticipationFactory();
        var account = await factory.CreateAccountAsync(await factory.AdminClientAsync());
        var pages = await factory.PageClientAsync(account.Email, account.Password);

        var response = await pages.GetAsync("/organise/accessibility");
        var dashboard = await pages.GetStringAsync("/organise");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("""<a href="/organise/accessibility">""", dashboard);
    }

    [Fact]
    public async Task The_footer_links_the_statement_on_participant_pages_of_both_layouts_and_on_organiser_pages()
    {
        await using var factory = new ParticipationFactory();
        var pages = await factory.PageClientAsync();

        var start = await factory.CreateClient().GetStringAsync("/");
        var boardCode = await factory.CreateClient().GetStringAsync("/j");
        var statement = await factory.CreateClient().GetStringAsync("/accessibility");
        var dashboard = await pages.GetStringAsync("/organise");

        Assert.Contains(FooterLink + "Barrierefreiheit</a>", start);
        Assert.Contains("""<footer class="site-footer board-footer">""", boardCode);
        Assert.Contains(FooterLink + "Barrierefreiheit</a>", boardCode);
        Assert.Contains(FooterLink + "Barrierefreiheit</a>", dashboard);
        Assert.Contains("""<a href="/organise/accessibility">""", dashboard);
        Assert.Contains("Vorlage", statement);
    }

    private static Dictionary<string, string> Form(string statement) => new()
    {
        ["statement"] = statement,
        ["compliance"] = nameof(Compliance.Partial),
        ["nonAccessibleContent"] = "Alte PDF-Dokumente sind nicht barrierefrei.",
        ["preparedOn"] = "2026-11-30",
        ["contactEmail"] = "barrierefrei@kreis-testland.example",
        ["contactPhone"] = "",
        ["contactAddress"] = "Kreisstraße 1\n12345 Testdorf",
        ["enforcementText"] = "Schlichtungsstelle nach § 16 BGG",
        ["enforcementUrl"] = "https://www.schlichtungsstelle-bgg.de",
    };
}
