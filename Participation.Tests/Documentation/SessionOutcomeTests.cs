using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Participation.Api.Boards;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Documentation;

/// <summary>What the facilitator records after a session, through the outcome page, and how it shows in the exports.</summary>
public sealed class SessionOutcomeTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task The_summary_saved_on_the_outcome_page_appears_in_the_markdown_of_the_session()
    {
        var board = await factory.CreateBoardAsync();
        var pages = await factory.PageClientAsync();
        var page = $"/organise/sessions/{board.SessionId}/outcome";

        var saved = await pages.PostFormAsync(page, new()
        {
            ["summary"] = "Die Gruppe wünscht sich Sprachkurse mit Kinderbetreuung.", ["keyResults"] = "Kurse am Vormittag", ["nextSteps"] = "VHS fragen",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Die Gruppe wünscht sich Sprachkurse mit Kinderbetreuung.", await pages.GetStringAsync(page));
        var markdown = await ExportAsync(board.Admin, board.SessionId, "md");
        Assert.Contains("Die Gruppe wünscht sich Sprachkurse mit Kinderbetreuung.", markdown);
        Assert.Contains("VHS fragen", markdown);
    }

    [Fact]
    public async Task An_idea_marked_as_a_result_on_the_outcome_page_is_a_result_in_the_json_and_its_dots_are_in_the_csv()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ideas = $"/api/boards/{board.Id}/ideas";
        var popular = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Nachbarschaftscafé"))).ReadAsync<IdeaDto>();
        await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Leseclub"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        await (await anna.Client.PostJsonAsync($"{ideas}/{popular.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        var pages = await factory.PageClientAsync();
        var page = $"/organise/sessions/{board.SessionId}/outcome";
        var html = await pages.GetStringAsync(page);
        Assert.True(html.IndexOf("Nachbarschaftscafé", StringComparison.Ordinal) < html.IndexOf("Leseclub", StringComparison.Ordinal), "ideas by dots");

        var marked = await pages.PostFormAsync(page, new() { ["ideaId"] = popular.Id.ToString(), ["mark"] = "Result" }, $"{page}?handler=Mark");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var json = JsonDocument.Parse(await ExportAsync(board.Admin, board.SessionId, "json")).RootElement;
        var exported = json.GetProperty("events")[0].GetProperty("sessions")[0].GetProperty("boards")[0].GetProperty("columns")[0].GetProperty("ideas");
        Assert.Equal(("Nachbarschaftscafé", 1, "Ergebnis"), (exported[0].GetProperty("text").GetString(), exported[0].GetProperty("votes").GetInt32(),
            exported[0].GetProperty("mark").GetString()));
        using var csv = new CsvReader(new StringReader(await ExportAsync(board.Admin, board.SessionId, "csv")),
            new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([("Nachbarschaftscafé", "1", "Ergebnis"), ("Leseclub", "0", "")],
            rows.Select(r => ((string)r["Idee"], (string)r["Punkte"], (string)r["Einordnung"])).ToList());
    }

    [Fact]
    public async Task A_hidden_idea_is_left_out_unless_asked_for()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ideas = $"/api/boards/{board.Id}/ideas";
        await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Sprachpatenschaften"))).ReadAsync<IdeaDto>();
        var rude = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Nicht zum Thema"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PostJsonAsync($"{ideas}/{rude.Id}/hide", new HideInput("Doppelt"))).ReadAsync<IdeaDto>();

        var without = await ExportAsync(board.Facilitator, board.SessionId, "json");
        var with = await ExportAsync(board.Facilitator, board.SessionId, "json", "&includeHidden=true");

        Assert.Contains("Sprachpatenschaften", without);
        Assert.DoesNotContain("Nicht zum Thema", without);
        Assert.Contains("Nicht zum Thema", with);
        Assert.Contains("\"hidden\": true", with);
    }

    private static async Task<string> ExportAsync(HttpClient client, Guid sessionId, string format, string extra = "")
    {
        var response = await client.GetAsync($"/api/sessions/{sessionId}/documentation?format={format}{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }
}
