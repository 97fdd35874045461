using System.Net;
using Participation.Api.Indicators;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Indicators;

public sealed class IndicatorApiTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Indicators_are_created_listed_by_area_read_changed_and_deleted()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var work = await admin.CreateAreaAsync(process.Id, "Arbeit");
        var created = await admin.CreateIndicatorAsync(process.Id, IndicatorArrange.Indicator().With("areaId", work.Id));
        await admin.CreateIndicatorAsync(process.Id, IndicatorArrange.Indicator("Wohnungslose Personen").With("unit", "Personen").With("direction", "lowerIsBetter"));

        Assert.Equal((work.Id, "%", IndicatorDirection.HigherIsBetter, 15m, 2030, 0), (created.AreaId, created.Unit, created.Direction, created.Target, created.TargetYear, created.Position));
        var listed = await (await admin.GetAsync($"/api/processes/{process.Id}/indicators?areaId={work.Id}")).ReadAsync<List<IndicatorResponse>>();
        Assert.Equal(["Anteil ausländischer Beschäftigter"], listed.Select(i => i.Name));
        Assert.Equal(2, (await (await admin.GetAsync($"/api/processes/{process.Id}/indicators")).ReadAsync<List<IndicatorResponse>>()).Count);

        var changed = await (await admin.PutJsonAsync($"/api/indicators/{created.Id}",
            IndicatorArrange.Indicator("Beschäftigungsquote Ausländer").With("target", null).With("targetYear", null))).ReadAsync<IndicatorResponse>();
        var read = await (await admin.GetAsync($"/api/indicators/{created.Id}")).ReadAsync<IndicatorResponse>();
        Assert.Equal(("Beschäftigungsquote Ausländer", null, null, null), (read.Name, read.Target, read.TargetYear, read.AreaId));
        Assert.Equal(changed, read);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/indicators/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/indicators/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_indicator_input_names_the_field_and_changes_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var otherArea = await admin.CreateAreaAsync((await admin.CreateProcessAsync()).Id, "Fremd");
        await admin.CreateIndicatorAsync(process.Id);

        var taken = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/indicators", IndicatorArrange.Indicator(" anteil ausländischer beschäftigter ")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var foreignArea = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/indicators", IndicatorArrange.Indicator("Neu").With("areaId", otherArea.Id)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var noUnit = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/indicators", IndicatorArrange.Indicator("Neu").With("unit", "")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var badYear = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/indicators", IndicatorArrange.Indicator("Neu").With("targetYear", 3000)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var badDirection = await (await admin.PostJsonAsync($"/api/processes/{process.Id}/indicators", IndicatorArrange.Indicator("Neu").With("direction", "upwards")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Es gibt in diesem Prozess schon einen Indikator mit diesem Namen.", Assert.Single(taken.MessagesFor("name")));
        Assert.Equal("Dieses Handlungsfeld gehört nicht zu diesem Prozess.", Assert.Single(foreignArea.MessagesFor("areaId")));
        Assert.Contains("Einheit", Assert.Single(noUnit.MessagesFor("unit")));
        Assert.Contains("Zieljahr", Assert.Single(badYear.MessagesFor("targetYear")));
        Assert.Single(badDirection.MessagesFor("direction"));
        Assert.Single(await (await admin.GetAsync($"/api/processes/{process.Id}/indicators")).ReadAsync<List<IndicatorResponse>>());
    }

    [Fact]
    public async Task Json_values_are_merged_per_year_and_municipality_and_a_null_removes_one()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);

        var first = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new object[]
        {
            new { year = 2022, value = 11.5m },
            new { year = 2023, value = 12.25m },
            new { year = 2023, municipality = "Neustadt", value = 9m },
        })).ReadAsync<ValuesResult>();
        var second = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new object?[]
        {
            new { year = 2023, value = 12.5m },
            new { year = 2023, municipality = " neustadt ", value = (decimal?)null },
            new { year = 2024, municipality = "Altdorf", value = 7m },
        })).ReadAsync<ValuesResult>();

        Assert.Equal((3, 0), (first.Imported, first.Removed));
        Assert.Equal((2, 1), (second.Imported, second.Removed));
        Assert.Equal(
            [new(2022, "", 11.5m), new(2023, "", 12.5m), new(2024, "Altdorf", 7m)],
            await admin.ValuesAsync(indicator.Id));
        var read = await (await admin.GetAsync($"/api/indicators/{indicator.Id}")).ReadAsync<IndicatorResponse>();
        Assert.Equal((3, 2022, 2024), (read.ValueCount, read.FirstYear, read.LastYear));
    }

    [Fact]
    public async Task Bad_json_values_name_the_entry_and_store_nothing()
    {
        var admin = await factory.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new[] { new { year = 2020, value = 1m } });

        var badYear = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new object[]
        {
            new { year = 2021, value = 2m },
            new { year = 1200, value = 3m },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var twice = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new object[]
        {
            new { year = 2021, municipality = "Neustadt", value = 2m },
            new { year = 2021, municipality = "NEUSTADT", value = 3m },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var notNumber = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new object[]
        {
            new { year = 2021, value = "viel" },
        })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Das Jahr muss zwischen 1990 und 2100 liegen.", Assert.Single(badYear.MessagesFor("[1].year")));
        Assert.Equal("Für dieses Jahr und diese Kommune steht schon weiter oben ein Wert.", Assert.Single(twice.MessagesFor("[1].year")));
        Assert.Single(notNumber.MessagesFor("[0].value"));
        Assert.Equal([new(2020, "", 1m)], await admin.ValuesAsync(indicator.Id));
    }

    [Fact]
    public async Task The_municipalities_of_an_indicator_are_limited()
    {
        await using var limited = new ParticipationFactory { Settings = { ["Participation:Indicators:MaxMunicipalitiesPerIndicator"] = "2" } };
        var admin = await limited.AdminClientAsync();
        var indicator = await admin.CreateIndicatorAsync((await admin.CreateProcessAsync()).Id);
        await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new[] { new { year = 2020, municipality = "A", value = 1m }, new { year = 2020, municipality = "B", value = 1m } });

        var json = await (await admin.PutJsonAsync($"/api/indicators/{indicator.Id}/values", new[] { new { year = 2021, municipality = "C", value = 1m } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var csv = await (await admin.PutCsvAsync(indicator.Id, "Jahr;Kommune;Wert\n2021;a;2\n2021;C;3\n")).ReadAsync<ValuesResult>();

        Assert.Equal("Ein Indikator kann Werte für höchstens 2 Kommunen haben.", Assert.Single(json.MessagesFor("[0].municipality")));
        Assert.Equal(1, csv.Imported);
        Assert.Equal(new RejectedLine(3, "municipality", "Ein Indikator kann Werte für höchstens 2 Kommunen haben."), Assert.Single(csv.Rejected));
        Assert.Equal([(2020, "A"), (2020, "B"), (2021, "A")], (await admin.ValuesAsync(indicator.Id)).Select(v => (v.Year, v.Municipality)));
    }
}
