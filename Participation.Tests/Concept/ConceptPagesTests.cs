using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Api.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>The concept pages through plain HTTP, as a browser without script (and a phone after scanning) uses them.</summary>
public sealed class ConceptPagesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task An_organiser_creates_a_document_and_a_section_through_the_pages_and_sees_its_code_and_address()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var area = await admin.CreateAreaAsync(process.Id, "Sprache");
        var pages = await factory.PageClientAsync();

        var created = await pages.PostFormAsync($"/organise/processes/{process.Id}/documents", new()
        {
            ["title"] = "Integrationskonzept 2026", ["version"] = "1. Auflage", ["publishedOn"] = "2026-11-01",
            ["reviewsContributions"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var documentPage = created.Headers.Location!.OriginalString;
        var documentId = Guid.Parse(documentPage.Split('/').Last());

        var added = await pages.PostFormAsync($"/organise/documents/{documentId}/sections/new", new()
        {
            ["number"] = "3.2", ["title"] = "Sprache und Bildung", ["printPage"] = "14", ["summary"] = "Sprachkurse in allen Gemeinden.",
            ["areaIds"] = area.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var document = await (await admin.GetAsync($"/api/documents/{documentId}")).ReadAsync<DocumentResponse>();
        Assert.Equal("1. Auflage", document.Version);
        Assert.Equal(new DateOnly(2026, 11, 1), document.PublishedOn);
        Assert.False(document.ReviewsContributions);
        var section = Assert.Single(document.Sections);
        Assert.Equal(("3.2", 14, "Sprachkurse in allen Gemeinden."), (section.Number, section.PrintPage, section.Summary));
        Assert.Equal([area.Id], section.AreaIds);
        var html = await pages.GetStringAsync(documentPage);
        Assert.Contains(section.Code, html);
        Assert.Contains(section.Url, html);
        Assert.Contains($"/api/sections/{section.Id}/qr.png?size=1200", html);
        Assert.Contains($"/api/documents/{documentId}/qr-sheet.pdf", html);
        var svg = await pages.GetAsync($"/api/sections/{section.Id}/qr.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_section_page_opened_with_the_code_in_any_case_shows_the_summary_and_counts_one_scan()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var section = await admin.CreateSectionAsync(document.Id);
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await reader.GetAsync($"/k/{section.Code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sprachkurse mit Kinderbetreuung in allen Gemeinden.", html);
        Assert.Contains("Integrationskonzept Landkreis Testland", html);
        var counted = await (await admin.GetAsync($"/api/sections/{section.Id}")).ReadAsync<SectionResponse>();
        Assert.Equal(1, counted.Scans);
    }

    [Fact]
    public async Task Contributing_without_consent_shows_the_error_next_to_the_box_and_stores_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var section = await admin.CreateSectionAsync(document.Id);
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await reader.PostFormAsync($"/k/{section.Code}", new() { ["kind"] = "Addition", ["text"] = "Auch Abendkurse anbieten." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("""<p class="error" id="privacyConsent-error">[^<]+</p>""", html);
        Assert.Contains("Auch Abendkurse anbieten.", html);
        Assert.Empty(await admin.ContributionsAsync(document.Id));
    }

    [Fact]
    public async Task A_contribution_is_shown_as_text_after_the_redirect_and_a_second_support_from_the_same_device_counts_once()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id, reviews: false);
        var section = await admin.CreateSectionAsync(document.Id);
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/k/{section.Code}";

        var posted = await reader.PostFormAsync(page, new()
        {
            ["kind"] = "Comment", ["text"] = "<b>Mehr</b> Kurse am Abend", ["authorName"] = "Aylin", ["privacyConsent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var shown = await reader.GetStringAsync(posted.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Contains("Ihr Beitrag ist veröffentlicht", shown);
        Assert.Contains("&lt;b&gt;Mehr&lt;/b&gt; Kurse am Abend", shown);
        var contribution = Assert.Single(await admin.ContributionsAsync(document.Id));

        for (var click = 0; click < 2; click++)
        {
            var supported = await reader.PostFormAsync(page, new() { ["contributionId"] = contribution.Id.ToString() }, $"{page}?handler=Support");
            Assert.Equal(HttpStatusCode.Redirect, supported.StatusCode);
        }

        Assert.Equal(1, Assert.Single(await admin.ContributionsAsync(document.Id)).Supports);
    }

    [Fact]
    public async Task Too_many_contributions_from_one_device_show_the_limit_on_the_page_and_keep_the_text()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var section = await admin.CreateSectionAsync(document.Id);
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/k/{section.Code}";
        for (var i = 0; i < 5; i++)
        {
            var accepted = await reader.PostFormAsync(page, new() { ["kind"] = "Comment", ["text"] = $"Beitrag {i}", ["privacyConsent"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var refused = await reader.PostFormAsync(page, new() { ["kind"] = "Comment", ["text"] = "Noch einer", ["privacyConsent"] = "true" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("in der letzten Stunde schon 5 Beiträge", html);
        Assert.Contains("Noch einer", html);
        Assert.Equal(5, (await admin.ContributionsAsync(document.Id)).Count);
    }

    [Fact]
    public async Task A_withdrawn_sections_code_opens_a_page_that_says_so_and_lists_the_current_sections()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var document = await admin.CreateDocumentAsync(process.Id);
        var withdrawn = await admin.CreateSectionAsync(document.Id, "2.1", "Alte Fassung");
        var current = await admin.CreateSectionAsync(document.Id, "2.2", "Arbeit und Ausbildung");
        var pages = await factory.PageClientAsync();
        var changed = await pages.PostFormAsync($"/organise/documents/{document.Id}", new() { ["sectionId"] = withdrawn.Id.ToString() },
            $"/organise/documents/{document.Id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await reader.GetAsync($"/k/{withdrawn.Code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("nicht mehr Teil der aktuellen Ausgabe", html);
        Assert.Contains($"href=\"/k/{current.Code}\"", html);
        Assert.DoesNotContain("name=\"privacyConsent\"", html);
    }

    [Fact]
    public async Task An_unknown_code_answers_404_with_a_readable_page_in_the_visitors_language_and_a_form_to_type_the_code()
    {
        var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await reader.GetAsync("/k/ZZZZ99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("We do not know this code", html);
        Assert.Contains("<form method=\"get\" action=\"/k\"", html);
        Assert.Contains("name=\"code\"", html);

        var typed = await reader.GetAsync("/k?code=ab3-k7x");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal("/k/AB3K7X", typed.Headers.Location!.OriginalString);
    }
}
