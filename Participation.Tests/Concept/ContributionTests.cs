using System.Net;
using Participation.Api.Concept;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>Readers contribute without an account; organisers review, hide and answer; one support per device.</summary>
public sealed class ContributionTests(ConceptHost host) : IClassFixture<ConceptHost>
{
    private readonly ParticipationFactory factory = host.Factory;

    [Fact]
    public async Task A_reviewed_contribution_waits_is_published_supported_once_per_device_answered_and_hidden_with_a_reason()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: true);
        var section = await process.Organiser.AddSectionAsync(document.Id, "2.1", "Arbeit und Ausbildung");
        var reader = factory.CreateClient();
        var neighbour = factory.CreateClient();

        var pending = await (await reader.PostJsonAsync($"/api/k/{section.Code.ToLowerInvariant()}/contributions", ConceptArrange.Contribution()))
            .ReadAsync<ContributionResponse>(HttpStatusCode.Accepted);
        var beforeReview = await neighbour.PublicSectionAsync(section.Code);
        await (await process.Organiser.PostAsync($"/api/contributions/{pending.Id}/publish", null)).ReadAsync<ContributionResponse>();
        var afterReview = await neighbour.PublicSectionAsync(section.Code);
        await (await reader.PostAsync($"/api/contributions/{pending.Id}/supports", null)).ReadAsync<ContributionResponse>();
        var supportedTwice = await (await reader.PostAsync($"/api/contributions/{pending.Id}/supports", null)).ReadAsync<ContributionResponse>();
        var supportedByAnother = await (await neighbour.PostAsync($"/api/contributions/{pending.Id}/supports", null)).ReadAsync<ContributionResponse>();
        await (await process.Organiser.PostJsonAsync($"/api/contributions/{pending.Id}/answer", new { answer = "Wir nehmen das in 2.1 auf." }))
            .ReadAsync<ContributionResponse>();
        var answered = await neighbour.PublicSectionAsync(section.Code);

        Assert.Equal(ContributionState.Pending, pending.State);
        Assert.Empty(beforeReview.Contributions);
        var published = Assert.Single(afterReview.Contributions);
        Assert.Equal(("Bitte auch Sprachkurse am Abend anbieten.", "Leserin", ContributionState.Published), (published.Text, published.AuthorName, published.State));
        Assert.Equal(1, supportedTwice.Supports);
        Assert.Equal(2, supportedByAnother.Supports);
        var shown = Assert.Single(answered.Contributions);
        Assert.Equal(("Wir nehmen das in 2.1 auf.", 2), (shown.Answer, shown.Supports));
        Assert.NotNull(shown.AnsweredAt);

        var hidden = await (await process.Organiser.PostJsonAsync($"/api/contributions/{pending.Id}/hide", new { reason = "Persönliche Daten Dritter" }))
            .ReadAsync<ContributionResponse>();
        var afterHiding = await neighbour.PublicSectionAsync(section.Code);
        var moderation = await (await process.Organiser.GetAsync($"/api/documents/{document.Id}/contributions")).ReadAsync<List<ContributionResponse>>();
        var onlyHidden = await (await process.Organiser.GetAsync($"/api/documents/{document.Id}/contributions?state=hidden")).ReadAsync<List<ContributionResponse>>();

        Assert.Equal(ContributionState.Hidden, hidden.State);
        Assert.Empty(afterHiding.Contributions);
        var listed = Assert.Single(moderation);
        Assert.Equal((pending.Id, ContributionState.Hidden, "Persönliche Daten Dritter"), (listed.Id, listed.State, listed.HiddenReason));
        Assert.Equal([pending.Id], onlyHidden.Select(c => c.Id));
    }

    [Fact]
    public async Task A_document_that_does_not_review_first_publishes_a_contribution_at_once()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: false);
        var section = await process.Organiser.AddSectionAsync(document.Id, "1", "Ankommen");
        var reader = factory.CreateClient();

        var created = await (await reader.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution("Ein Willkommensbüro im Rathaus.")))
            .ReadAsync<ContributionResponse>(HttpStatusCode.Created);
        var page = await factory.CreateClient().PublicSectionAsync(section.Code);

        Assert.Equal(ContributionState.Published, created.State);
        Assert.Equal([created.Id], page.Contributions.Select(c => c.Id));
    }

    [Fact]
    public async Task A_contribution_without_consent_or_with_too_long_text_is_refused_naming_the_fields()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: false);
        var section = await process.Organiser.AddSectionAsync(document.Id, "1", "Ankommen");
        var reader = factory.CreateClient();

        var problem = await (await reader.PostJsonAsync($"/api/k/{section.Code}/contributions",
                ConceptArrange.Contribution(new string('x', 2001)).With("privacyConsent", false)))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.MessagesFor("text"));
        Assert.Contains(problem.MessagesFor("privacyConsent"), m => m.Contains("Beitrag", StringComparison.Ordinal));
        var moderation = await (await process.Organiser.GetAsync($"/api/documents/{document.Id}/contributions")).ReadAsync<List<ContributionResponse>>();
        Assert.Empty(moderation);
    }

    [Fact]
    public async Task A_device_that_writes_more_than_its_hourly_limit_gets_429_with_a_readable_title_and_nothing_more_is_stored()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: true);
        var section = await process.Organiser.AddSectionAsync(document.Id, "1", "Ankommen");
        var spammer = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await (await spammer.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution($"Beitrag {i}")))
                .ReadAsync<ContributionResponse>(HttpStatusCode.Accepted);
        }

        var refused = await (await spammer.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution("Noch einer")))
            .ProblemAsync(HttpStatusCode.TooManyRequests);
        var otherDevice = await factory.CreateClient().PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution("Von nebenan"));

        Assert.Contains("5", refused.Title);
        Assert.Contains("Stunde", refused.Title);
        Assert.Equal(HttpStatusCode.Accepted, otherDevice.StatusCode);
        var stored = await (await process.Organiser.GetAsync($"/api/documents/{document.Id}/contributions")).ReadAsync<List<ContributionResponse>>();
        Assert.Equal(6, stored.Count);
        Assert.DoesNotContain(stored, c => c.Text == "Noch einer");
    }

    [Fact]
    public async Task An_unknown_code_answers_a_404_problem_when_read_and_when_written_to()
    {
        var reader = factory.CreateClient();

        var read = await (await reader.GetAsync("/api/k/ZZZZZZ")).ProblemAsync(HttpStatusCode.NotFound);
        var written = await (await reader.PostJsonAsync("/api/k/ZZZZZZ/contributions", ConceptArrange.Contribution())).ProblemAsync(HttpStatusCode.NotFound);

        Assert.False(string.IsNullOrWhiteSpace(read.Title));
        Assert.False(string.IsNullOrWhiteSpace(written.Title));
    }

    [Fact]
    public async Task A_burst_of_posts_from_one_device_at_the_same_moment_stays_within_the_hourly_limit()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, reviews: false);
        var section = await process.Organiser.AddSectionAsync(document.Id, "4.1", "Wohnen");
        var device = factory.CreateClient();
        // The device's cookie comes with its first support or post; take one before the burst.
        await device.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution("Erster Beitrag"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            device.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution($"Beitrag {i}"))));

        var published = await process.Organiser.ContributionsAsync(document.Id);
        Assert.Equal(5, published.Count);
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(8, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task The_document_page_for_readers_lists_the_current_sections_and_a_withdrawn_one_links_to_it()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, title: "Integrationskonzept Kreis Beispiel");
        var kept = await process.Organiser.AddSectionAsync(document.Id, "1", "Einleitung");
        var withdrawn = await process.Organiser.AddSectionAsync(document.Id, "2", "Alter Abschnitt");
        await (await process.Organiser.PostAsync($"/api/sections/{withdrawn.Id}/withdraw", null)).ReadAsync<SectionResponse>();
        var reader = factory.CreateClient();

        var documentPage = await (await reader.GetAsync($"/documents/{document.Id}")).Content.ReadAsStringAsync();
        var withdrawnPage = await reader.GetAsync($"/k/{withdrawn.Code}");

        Assert.Contains($"href=\"/k/{kept.Code}\"", documentPage);
        Assert.DoesNotContain(withdrawn.Code, documentPage);
        Assert.Equal(HttpStatusCode.OK, withdrawnPage.StatusCode);
        Assert.Contains($"href=\"/documents/{document.Id}\"", await withdrawnPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/documents/{Guid.NewGuid()}")).StatusCode);
    }
}
