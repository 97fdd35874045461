using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;

namespace Participation.Tests.Indicators;

public sealed class IndicatorChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static readonly Indicator Employment = new()
    {
        Name = "Anteil ausländischer Beschäftigter",
        Unit = "%",
        Direction = IndicatorDirection.HigherIsBetter,
        Target = 15m,
        TargetYear = 2030,
    };

    private static readonly IndicatorValue[] Values =
    [
        Value(2019, "", 9.5m), Value(2020, "", 10.25m), Value(2021, "", 11m), Value(2022, "", 12.75m), Value(2023, "", 1234.5m),
        Value(2023, "Neustadt", 8.5m), Value(2023, "Altdorf", 14.2m), Value(2022, "Altdorf", 13m),
    ];

    [Fact]
    public void The_trend_svg_holds_the_title_every_years_value_in_German_format_and_the_target_line()
    {
        var svg = XDocument.Parse(IndicatorCharts.Svg(Chart(Values, ChartView.Trend)));
        var root = svg.Root!;

        Assert.Equal("img", (string?)root.Attribute("role"));
        var labelledBy = ((string?)root.Attribute("aria-labelledby"))!.Split(' ');
        Assert.Equal("Anteil ausländischer Beschäftigter", root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == labelledBy[0]).Value);
        var description = root.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == labelledBy[1]).Value;
        Assert.Equal("Werte von 2019 bis 2023: 9,5\u00A0% im Jahr 2019 und 1.234,5\u00A0% im Jahr 2023. Ziel 2030: 15\u00A0%.", description);
        Assert.Equal("Anteil ausländischer Beschäftigter", Texts(svg, "chart-title").Single());

        Assert.Equal(["9,5", "10,25", "11", "12,75", "1.234,5"], Texts(svg, "value-label"));
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], Texts(svg, "year"));
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "target-line");
        Assert.Equal("Ziel 2030: 15\u00A0%", Texts(svg, "target-label").Single());
        Assert.Contains("%", Texts(svg, "axis-title unit"));
    }

    [Fact]
    public void The_municipalities_svg_compares_the_latest_year_with_a_value_per_municipality()
    {
        var svg = XDocument.Parse(IndicatorCharts.Svg(Chart(Values, ChartView.Municipalities)));

        Assert.Equal(["Altdorf", "Neustadt"], Texts(svg, "municipality"));
        Assert.Equal(["14,2", "8,5"], Texts(svg, "value-label"));
        Assert.Equal(2, svg.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        Assert.Equal("Kommunen im Jahr 2023", Texts(svg, "chart-subtitle").Single());
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "target-line");
    }

    [Fact]
    public void A_comparison_year_can_be_chosen()
    {
        var svg = XDocument.Parse(IndicatorCharts.Svg(Chart(Values, ChartView.Municipalities, year: 2022)));

        Assert.Equal(["Altdorf"], Texts(svg, "municipality"));
        Assert.Equal(["13"], Texts(svg, "value-label"));
    }

    [Fact]
    public void An_indicator_without_values_shows_a_clear_empty_state()
    {
        var chart = Chart([], ChartView.Trend);
        var svg = XDocument.Parse(IndicatorCharts.Svg(chart));

        Assert.Equal("Für diesen Indikator gibt es noch keine Werte.", Texts(svg, "empty").Single());
        Assert.Empty(Texts(svg, "value-label"));
        Assert.StartsWith("Für diesen Indikator gibt es noch keine Werte.", svg.Root!.Element(Svg + "desc")!.Value);
        AssertPng(IndicatorCharts.Png(chart), 800 * IndicatorCharts.PngScale, 450 * IndicatorCharts.PngScale);
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes_twice()
    {
        Assert.Equal(IndicatorCharts.Svg(Chart(Values, ChartView.Trend)), IndicatorCharts.Svg(Chart([.. Values.Reverse()], ChartView.Trend)));
        Assert.Equal(IndicatorCharts.Png(Chart(Values, ChartView.Trend)), IndicatorCharts.Png(Chart(Values, ChartView.Trend)));
        Assert.Equal(IndicatorCharts.Svg(Chart(Values, ChartView.Municipalities)), IndicatorCharts.Svg(Chart(Values, ChartView.Municipalities)));
    }

    [Fact]
    public void The_png_is_a_png_of_the_charts_size()
    {
        var trend = Chart(Values, ChartView.Trend);
        Assert.Equal((800, 450), IndicatorCharts.Size(trend));
        AssertPng(IndicatorCharts.Png(trend), 1600, 900);

        var many = Enumerable.Range(1, 20).Select(i => Value(2024, $"Gemeinde {i}", i)).ToArray();
        var comparison = Chart(many, ChartView.Municipalities);
        var (width, height) = IndicatorCharts.Size(comparison);
        Assert.True(height > 450);
        AssertPng(IndicatorCharts.Png(comparison), width * 2, height * 2);
        Assert.Equal(height.ToString(CultureInfo.InvariantCulture), (string?)XDocument.Parse(IndicatorCharts.Svg(comparison)).Root!.Attribute("height"));
    }

    [Fact]
    public void Arabic_labels_and_an_Arabic_name_render_in_both_formats()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");
            var indicator = new Indicator { Name = "نسبة العاملين", Unit = "%" };
            var chart = new IndicatorChart(indicator, Values, ChartView.Trend, ChartLabels.For(Localizer(), German));
            var svg = XDocument.Parse(IndicatorCharts.Svg(chart));

            Assert.Equal("نسبة العاملين", Texts(svg, "chart-title").Single());
            Assert.Equal("المنطقة كلها", Texts(svg, "chart-subtitle").Single());
            AssertPng(IndicatorCharts.Png(chart), 1600, 900);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    internal static void AssertPng(byte[] png, int width, int height)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static List<string> Texts(XDocument svg, string cssClass) =>
        [.. svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value)];

    [Fact]
    public void Characters_xml_cannot_hold_are_left_out_and_the_rest_of_the_name_stays()
    {
        var pasted = new Indicator { Name = "Wohn\vungen 🏠", Unit = "Anzahl\u0001" };
        var chart = new IndicatorChart(pasted, [Value(2022, "Neu\u000Bstadt", 3m)], ChartView.Municipalities, ChartLabels.For(Localizer(), German));

        var svg = XDocument.Parse(IndicatorCharts.Svg(chart));

        Assert.Equal("Wohnungen 🏠", svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "chart-title").Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Neustadt");
        Assert.NotEmpty(IndicatorCharts.Png(chart));
    }

    private static IndicatorChart Chart(IReadOnlyList<IndicatorValue> values, ChartView view, int? year = null)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = German;
            return new IndicatorChart(Employment, values, view, ChartLabels.For(Localizer(), German, year));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IndicatorValue Value(int year, string municipality, decimal value) => new() { Year = year, Municipality = municipality, Value = value };

    private static IStringLocalizer<Messages> Localizer() =>
        new StringLocalizer<Messages>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
