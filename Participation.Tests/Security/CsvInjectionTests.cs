using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Participation.Api.Extensions;
using Participation.Tests.Boards;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Security;

public sealed class CsvInjectionTests
{
    private static readonly string[] Formulas =
        ["=HYPERLINK(\"http://evil.example\",\"Klick\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 170", "'+49 170")]
    [InlineData("-", "'-")]
    [InlineData("@team", "'@team")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Sprachkurse am Abend", "Sprachkurse am Abend")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void A_cell_that_starts_like_a_formula_is_prefixed_with_an_apostrophe(string typed, string written) =>
        Assert.Equal(written, SpreadsheetCells.Neutralise(typed));

    [Fact]
    public async Task Formulas_typed_by_attendees_are_neutralised_in_the_attendee_list_CSV_and_XLSX()
    {
        await using var factory = new ParticipationFactory();
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var @event = await admin.OpenEventAsync(process.Id);
        var anonymous = factory.CreateClient();
        for (var i = 0; i < Formulas.Length; i++)
        {
            var person = RegistrationArrange.Person($"p{i}@verein.example", $"{Formulas[i]} Name")
                .With("organisation", Formulas[i]).With("perspective", Formulas[i]).With("remarks", Formulas[i])
                .With("accessibilityNeeds", Formulas[i]).With("dietaryNeeds", Formulas[i]);
            Assert.Equal(HttpStatusCode.Accepted, (await anonymous.RegisterAsync(@event.Id, person)).StatusCode);
        }
        var csv = await admin.GetByteArrayAsync($"/api/events/{@event.Id}/registrations?format=csv");
        var xlsx = await admin.GetByteArrayAsync($"/api/events/{@event.Id}/registrations?format=xlsx");

        AssertNoFormula(CsvCells(csv), expectedAtLeast: Formulas.Length * 5);
        AssertNoFormula(XlsxCells(xlsx), expectedAtLeast: Formulas.Length * 5);
    }

    [Fact]
    public async Task Formulas_posted_as_ideas_are_neutralised_in_the_documentation_CSV_and_XLSX()
    {
        await using var factory = new ParticipationFactory();
        var board = await factory.CreateBoardAsync(BoardArrange.Board("=Titel der Pinnwand"));
        var anna = await factory.JoinAsync(board, "Anna");
        foreach (var formula in Formulas)
        {
            await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), formula))).ReadAsync<Participation.Api.Boards.IdeaDto>();
        }
        var csv = await board.Admin.GetByteArrayAsync($"/api/processes/{board.ProcessId}/documentation?format=csv");
        var xlsx = await board.Admin.GetByteArrayAsync($"/api/processes/{board.ProcessId}/documentation?format=xlsx");

        AssertNoFormula(CsvCells(csv), expectedAtLeast: Formulas.Length);
        AssertNoFormula(XlsxCells(xlsx), expectedAtLeast: Formulas.Length);
    }

    /// <summary>Every cell that holds one of the typed formulas starts with the apostrophe; none starts with the formula itself.</summary>
    private static void AssertNoFormula(IReadOnlyList<string> cells, int expectedAtLeast)
    {
        var typed = cells.Where(c => Formulas.Any(f => c.Contains(f.TrimStart('\t', '\r'), StringComparison.Ordinal))).ToList();
        Assert.True(typed.Count >= expectedAtLeast, $"Only {typed.Count} cells carry what was typed: {string.Join(" | ", cells)}");
        Assert.All(typed, cell => Assert.StartsWith("'", cell));
        Assert.DoesNotContain(cells, cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
    }

    private static List<string> CsvCells(byte[] file)
    {
        using var reader = new StreamReader(new MemoryStream(file));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false });
        var cells = new List<string>();
        while (csv.Read())
        {
            for (var i = 0; csv.TryGetField<string>(i, out var cell); i++)
            {
                cells.Add(cell ?? "");
            }
        }
        return cells;
    }

    private static List<string> XlsxCells(byte[] file)
    {
        using var stream = new MemoryStream(file);
        var cells = new List<string>();
        foreach (var sheet in stream.GetSheetNames())
        {
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet))
            {
                cells.AddRange(row.Values.OfType<string>());
            }
        }
        return cells;
    }
}
