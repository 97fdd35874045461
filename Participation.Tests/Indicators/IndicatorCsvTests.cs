using System.Net;
using System.Text.Json;
using Participation.Api.Indicators;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

public sealed class IndicatorCsvTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Good_lines_are_imported_and_bad_lines_are_reported_with_their_numbers()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        const string csv = """
            Jahr;Kommune;Wert
            2020;;10,5
            2021;;1.234,75

            2022;;viel
            20x3;Neustadt;4
            2023;Neustadt;4.5
            1800;Altdorf;3
            2023;neustadt;5
            2023;Altdorf
            2023;Altdorf;-2
            """;

        var result = await (await admin.PutCsvAsync(indicator.Id, csv, bom: true)).ReadAsync<ValuesResult>();

        Assert.Equal(4, result.Imported);
        Assert.Equal(
            [
                new RejectedLine(5, "value", "Der Wert ist keine Zahl."),
                new RejectedLine(6, "year", "Das Jahr ist keine ganze Zahl."),
                new RejectedLine(8, "year", "Das Jahr muss zwischen 1990 und 2100 liegen."),
                new RejectedLine(9, "line", "Für dieses Jahr und diese Kommune steht schon weiter oben ein Wert."),
                new RejectedLine(10, "line", "Die Zeile hat nicht die Spalten der ersten Zeile."),
            ],
            result.Rejected);
        Assert.Equal(
            [new(2020, "", 10.5m), new(2021, "", 1234.75m), new(2023, "Altdorf", -2m), new(2023, "Neustadt", 4.5m)],
            await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task A_second_import_updates_the_values_it_names_and_keeps_the_others()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await (await admin.PutCsvAsync(indicator.Id, "year,municipality,value\n2020,,1.5\n2021,,2.5\n2021,Neustadt,3\n")).ReadAsync<ValuesResult>();

        var second = await (await admin.PutCsvAsync(indicator.Id, "Wert;Jahr\n\"2,75\";2021\n4;2022\n")).ReadAsync<ValuesResult>();

        Assert.Equal((2, 0), (second.Imported, second.Rejected.Count));
        Assert.Equal(
            [new(2020, "", 1.5m), new(2021, "", 2.75m), new(2021, "Neustadt", 3m), new(2022, "", 4m)],
            await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task A_file_with_a_wrong_header_or_no_good_line_is_refused_and_changes_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await admin.PutCsvAsync(indicator.Id, "Jahr;Wert\n2020;1\n");

        var header = await (await admin.PutCsvAsync(indicator.Id, "Datum;Betrag\n2021;2\n")).ProblemAsync(HttpStatusCode.BadRequest);
        var response = await admin.PutCsvAsync(indicator.Id, "Jahr;Wert\n2021;zwei\nneu;3\n");
        await response.Content.LoadIntoBufferAsync();
        var noGoodLine = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var latin1 = await (await admin.PutAsync($"/api/indicators/{indicator.Id}/values",
            new ByteArrayContent([.. "Jahr;Kommune;Wert\n2021;M"u8, 0xFC, .. "nchen;1\n"u8]) { Headers = { ContentType = new("text/csv") } }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Jahr, Kommune und Wert", Assert.Single(header.MessagesFor("body")));
        Assert.Equal("Keine Zeile der Datei ließ sich übernehmen; es wurde nichts gespeichert.", Assert.Single(noGoodLine.MessagesFor("body")));
        Assert.Equal([2, 3], body.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("Die Datei ist nicht in UTF-8 gespeichert.", Assert.Single(latin1.MessagesFor("body")));
        Assert.Equal([new(2020, "", 1m)], await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task Too_many_lines_are_refused_as_a_whole()
    {
        await using var limited = new ParticipationFactory { Settings = { ["Participation:Indicators:MaxValuesPerImport"] = "2" } };
        var admin = await limited.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);

        var problem = await (await admin.PutCsvAsync(indicator.Id, "Jahr;Wert\n2020;1\n2021;2\n2022;3\n")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Die Datei hat zu viele Zeilen: höchstens 2.", Assert.Single(problem.MessagesFor("body")));
        Assert.Empty(await admin.ValuesAsync(indicator.Id));
    }

    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("-0,75", "-0.75")]
    public void German_and_English_number_formats_are_read(string raw, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IndicatorValuesCsv.ParseValue(raw));

    [Theory]
    [InlineData("1.234", "1234")]
    [InlineData("-12.500", "-12500")]
    [InlineData("12.5", "12.5")]
    [InlineData("1234.567", "1234.567")]
    [InlineData("12,5", "12.5")]
    public void In_a_German_file_a_point_before_three_digits_separates_thousands(string raw, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IndicatorValuesCsv.ParseValue(raw, german: true));

    [Fact]
    public async Task A_semicolon_file_reads_a_single_point_before_three_digits_as_thousands_and_a_comma_file_as_decimals()
    {
        var admin = await factory.AdminClientAsync();
        var german = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        var english = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);

        await (await admin.PutCsvAsync(german.Id, "Jahr;Kommune;Wert\n2020;;1.234\n2021;;12.5\n")).ReadAsync<ValuesResult>();
        await (await admin.PutCsvAsync(english.Id, "Year,Municipality,Value\n2020,,1.234\n")).ReadAsync<ValuesResult>();

        Assert.Equal([1234m, 12.5m], (await admin.ValuesAsync(german.Id)).Select(v => v.Value).ToArray());
        Assert.Equal(1.234m, Assert.Single(await admin.ValuesAsync(english.Id)).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zwölf")]
    [InlineData("1,2.3,4")]
    [InlineData("12 %")]
    public void Text_that_is_no_number_is_not_read_as_one(string raw) => Assert.Null(IndicatorValuesCsv.ParseValue(raw));
}
