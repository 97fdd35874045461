using System.Net;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>An idea's language is no language or a well-formed BCP 47 tag; anything else is refused and stores nothing.</summary>
public sealed class IdeaLanguageTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Theory]
    [InlineData("arabisch!")]
    [InlineData("a")]
    [InlineData("arab")]
    [InlineData("ar_SY")]
    [InlineData("ar--SY")]
    [InlineData("de-")]
    [InlineData("1de")]
    [InlineData("de-CH-1901-abcdefg")]
    public async Task A_post_with_a_malformed_language_is_a_validation_problem_on_language_and_stores_nothing(string language)
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");

        var problem = await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas",
            new PostIdeaInput(board.Column(0), "Sprachkurse am Abend", "lang-bad", Language: language))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["language"], problem.Errors!.Keys);
        Assert.Empty((await board.SnapshotAsync()).Ideas);
    }

    [Fact]
    public async Task Well_formed_tags_are_kept_and_returned_in_the_snapshot_and_no_language_stays_none()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ideas = $"/api/boards/{board.Id}/ideas";

        var arabic = await (await anna.Client.PostJsonAsync(ideas, new PostIdeaInput(board.Column(0), "تحسين دورات اللغة للأمهات", "lang-ar", Language: "ar"))).ReadAsync<IdeaDto>();
        var kurmanji = await (await anna.Client.PostJsonAsync(ideas, new PostIdeaInput(board.Column(0), "Zimanê kurdî", "lang-kmr", Language: "kmr-Latn-TR"))).ReadAsync<IdeaDto>();
        var none = await (await anna.Client.PostJsonAsync(ideas, new PostIdeaInput(board.Column(0), "Ohne Angabe", "lang-none", Language: "  "))).ReadAsync<IdeaDto>();

        var snapshot = await board.SnapshotAsync();
        var stored = snapshot.Ideas.ToDictionary(i => i.Id, i => i.Language);
        Assert.Equal(3, stored.Count);
        Assert.Equal(("ar", "kmr-Latn-TR", (string?)null), (stored[arabic.Id], stored[kurmanji.Id], stored[none.Id]));
    }

    [Fact]
    public async Task An_edit_checks_the_language_keeps_it_when_none_is_named_and_changes_it_when_one_is()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var idea = await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas",
            new PostIdeaInput(board.Column(0), "Kurse für Mütter", "lang-edit", Language: "de"))).ReadAsync<IdeaDto>();
        var url = $"/api/boards/{board.Id}/ideas/{idea.Id}";

        var problem = await (await anna.Client.PutJsonAsync(url, new EditIdeaInput("Kurse für Mütter und Väter", Language: "deutsch"))).ProblemAsync(HttpStatusCode.BadRequest);
        var kept = await (await anna.Client.PutJsonAsync(url, new EditIdeaInput("Kurse für Mütter und Väter"))).ReadAsync<IdeaDto>();
        var changed = await (await anna.Client.PutJsonAsync(url, new EditIdeaInput("Курсы для матерей", Language: "ru"))).ReadAsync<IdeaDto>();

        Assert.Equal(["language"], problem.Errors!.Keys);
        Assert.Equal(("Kurse für Mütter und Väter", "de"), (kept.Text, kept.Language));
        Assert.Equal(("Курсы для матерей", "ru"), (changed.Text, changed.Language));
        Assert.Equal("ru", Assert.Single((await board.SnapshotAsync()).Ideas).Language);
    }

    [Fact]
    public async Task Paper_cards_carry_the_language_they_were_written_in_and_a_malformed_one_is_refused()
    {
        var board = await factory.CreateBoardAsync();
        var cards = $"/api/boards/{board.Id}/cards";

        var problem = await (await board.Facilitator.PostJsonAsync(cards, new CardsInput(board.Column(0), "Kurse", Language: "türkisch"))).ProblemAsync(HttpStatusCode.BadRequest);
        var added = await (await board.Facilitator.PostJsonAsync(cards, new CardsInput(board.Column(0), "Dil kursları\nÇocuk bakımı", Language: "tr"))).ReadAsync<List<IdeaDto>>();

        Assert.Equal(["language"], problem.Errors!.Keys);
        Assert.Equal(["tr", "tr"], added.Select(i => i.Language));
        Assert.All((await board.SnapshotAsync()).Ideas, i => Assert.Equal("tr", i.Language));
    }
}
