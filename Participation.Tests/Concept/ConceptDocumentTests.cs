using System.Net;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Concept;

/// <summary>Documents and sections: new editions keep printed codes, workshop ideas feed a section, and who may see what.</summary>
public sealed class ConceptDocumentTests(ConceptHost host) : IClassFixture<ConceptHost>
{
    private readonly ParticipationFactory factory = host.Factory;

    [Fact]
    public async Task A_new_edition_keeps_every_printed_code_and_a_withdrawn_section_still_resolves_but_refuses_contributions()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id, version: "1.0");
        var kept = await process.Organiser.AddSectionAsync(document.Id, "1", "Ankommen", printPage: 4);
        var dropped = await process.Organiser.AddSectionAsync(document.Id, "2", "Wohnen", printPage: 9);

        var reversioned = await (await process.Organiser.PutJsonAsync($"/api/documents/{document.Id}",
            new DocumentInput("Integrationskonzept Landkreis Testland", "2.0 (Fortschreibung 2027)", new DateOnly(2027, 2, 1), false))).ReadAsync<DocumentResponse>();
        await (await process.Organiser.PostAsync($"/api/sections/{dropped.Id}/withdraw", null)).ReadAsync<SectionResponse>();
        var reader = factory.CreateClient();
        var keptPage = await reader.PublicSectionAsync(kept.Code);
        var droppedPage = await reader.PublicSectionAsync(dropped.Code.ToLowerInvariant());
        var refused = await (await reader.PostJsonAsync($"/api/k/{dropped.Code}/contributions", ConceptArrange.Contribution()))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal([(kept.Code, kept.Url), (dropped.Code, dropped.Url)], reversioned.Sections.Select(s => (s.Code, s.Url)));
        Assert.Equal(("2.0 (Fortschreibung 2027)", "Ankommen", false), (keptPage.Version, keptPage.Title, keptPage.IsWithdrawn));
        Assert.Equal(kept.Url, keptPage.Url);
        Assert.Equal((dropped.Code, "Wohnen", true, document.Id), (droppedPage.Code, droppedPage.Title, droppedPage.IsWithdrawn, droppedPage.DocumentId));
        Assert.DoesNotContain(keptPage.OtherSections, s => s.Code == dropped.Code);
        Assert.False(string.IsNullOrWhiteSpace(refused.Title));
    }

    [Fact]
    public async Task A_section_shows_the_visible_ideas_of_its_linked_workshop_most_votes_first_without_hidden_ones()
    {
        var board = await factory.CreateBoardAsync();
        var session = await (await board.Admin.GetAsync($"/api/sessions/{board.SessionId}")).ReadAsync<Participation.Api.Events.SessionResponse>();
        var document = await board.Admin.CreateDocumentAsync(board.ProcessId);
        var section = await board.Admin.AddSectionAsync(document.Id, "4", "Sprache", eventIds: [session.EventId]);
        var anna = await factory.JoinAsync(board, "Anna");
        var ben = await factory.JoinAsync(board, "Ben");
        var ideas = $"/api/boards/{board.Id}/ideas";
        var evening = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Sprachcafé am Abend"))).ReadAsync<IdeaDto>();
        var mentors = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Sprachpatenschaften"))).ReadAsync<IdeaDto>();
        var rude = await (await ben.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Unsinn"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        await (await ben.Client.PostJsonAsync($"{ideas}/{mentors.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        await (await anna.Client.PostJsonAsync($"{ideas}/{mentors.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        await (await ben.Client.PostJsonAsync($"{ideas}/{evening.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        await (await anna.Client.PostJsonAsync($"{ideas}/{rude.Id}/votes", new VoteInput(2))).ReadAsync<VoteResult>();
        await (await board.Facilitator.PostJsonAsync($"{ideas}/{rude.Id}/hide", new { reason = "Beleidigend" })).ReadAsync<IdeaDto>();

        var page = await factory.CreateClient().PublicSectionAsync(section.Code);

        Assert.Equal([("Sprachpatenschaften", 2), ("Sprachcafé am Abend", 1)], page.Ideas.Select(i => (i.Text, i.Votes)));
        Assert.All(page.Ideas, i => Assert.Equal((board.Id, board.Board.Title), (i.BoardId, i.Board)));
    }

    [Fact]
    public async Task Only_the_process_team_reads_a_document_and_only_organisers_add_sections()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var outsider = await factory.CreateAccountAsync(process.Admin);

        var anonymous = await factory.CreateClient().GetAsync($"/api/documents/{document.Id}");
        var read = await (await process.Facilitator.GetAsync($"/api/documents/{document.Id}")).ReadAsync<DocumentResponse>();
        var added = await process.Facilitator.PostJsonAsync($"/api/documents/{document.Id}/sections", new SectionInput("9", "Vom Moderator"));
        var stranger = await outsider.Client.GetAsync($"/api/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(document.Id, read.Id);
        await added.ProblemAsync(HttpStatusCode.Forbidden);
        await stranger.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await (await process.Organiser.GetAsync($"/api/documents/{document.Id}")).ReadAsync<DocumentResponse>()).Sections);
    }

    [Fact]
    public async Task Reading_a_section_through_the_API_does_not_count_as_a_scan_so_polling_does_not_inflate_the_figures()
    {
        var process = await factory.CreateConceptProcessAsync();
        var document = await process.Organiser.CreateDocumentAsync(process.Id);
        var section = await process.Organiser.AddSectionAsync(document.Id, "1", "Ankommen");
        var reader = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await reader.PublicSectionAsync(section.Code);
        }
        var counted = await (await process.Organiser.GetAsync($"/api/sections/{section.Id}")).ReadAsync<SectionResponse>();

        Assert.Equal(0, counted.Scans);
    }
}
