using Participation.Api.Indicators;
using Participation.Api.Processes;

namespace Participation.Api.Demo;

public sealed partial class DemoSeeder
{
    private static readonly string[] Municipalities = ["Musterstadt", "Altheim", "Bergdorf", "Seeburg"];

    /// <summary>
    /// Five indicators in three areas with ten years of values up to last year, for the whole county and four municipalities;
    /// the B1 share has a target. The values are made up but move as such figures do, with one decimal.
    /// </summary>
    private void SeedIndicators(IReadOnlyList<ThematicArea> areas, int lastYear, DateTime now)
    {
        (int Area, string Name, string Definition, string Unit, string Source, IndicatorDirection Direction, decimal Start, decimal Step, decimal? Target)[] planned =
        [
            (0, "Bestandene Prüfungen B1 im Integrationskurs", "Anteil der Teilnehmenden am Deutsch-Test für Zuwanderer, die das Niveau B1 erreichen.", "%",
                "Bundesamt für Migration und Flüchtlinge, Integrationskursgeschäftsstatistik", IndicatorDirection.HigherIsBetter, 48.5m, 1.2m, 65m),
            (0, "Wartezeit auf einen Integrationskurs", "Mittlere Zeit zwischen Anmeldung und Kursbeginn.", "Wochen",
                "Koordinierungsstelle Integration, Abfrage bei den Kursträgern", IndicatorDirection.LowerIsBetter, 14.0m, -0.6m, null),
            (1, "Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung", "Anteil der untersuchten Kinder mit Förderbedarf in Deutsch.", "%",
                "Gesundheitsamt Musterland, Schuleingangsuntersuchung", IndicatorDirection.LowerIsBetter, 31.4m, -0.7m, null),
            (2, "Beschäftigungsquote von Ausländerinnen und Ausländern", "Sozialversicherungspflichtig Beschäftigte je 100 Einwohnerinnen und Einwohner von 15 bis 64 Jahren ohne deutsche Staatsangehörigkeit.", "%",
                "Bundesagentur für Arbeit, Beschäftigungsstatistik", IndicatorDirection.HigherIsBetter, 38.2m, 1.4m, null),
            (2, "Anerkannte ausländische Berufsabschlüsse", "Positiv beschiedene Anträge auf Anerkennung im Jahr.", "Anträge",
                "Statistisches Landesamt, Anerkennungsstatistik", IndicatorDirection.HigherIsBetter, 42m, 6m, null),
        ];
        foreach (var (p, i) in planned.Select((p, i) => (p, i)))
        {
            var indicator = new Indicator
            {
                ProcessId = ProcessId, AreaId = areas[p.Area].Id, Name = p.Name, Definition = p.Definition, Unit = p.Unit, Source = p.Source,
                Direction = p.Direction, Target = p.Target, TargetYear = p.Target is null ? null : lastYear + 4, Position = i, CreatedAt = now, UpdatedAt = now,
            };
            db.Indicators.Add(indicator);
            var counts = p.Unit == "Anträge";
            for (var year = lastYear - 9; year <= lastYear; year++)
            {
                var n = year - lastYear + 9;
                // 2020 and 2021 are a dip (or a bump where lower is better), as the pandemic left in most series.
                var dip = year is 2020 or 2021 ? -2.5m * Math.Sign(p.Step) : 0m;
                var county = p.Start + n * p.Step + dip + (n % 3 == 1 ? 0.35m : 0m);
                Add(indicator, year, "", counts ? Math.Round(county * 4) : county);
                foreach (var (place, k) in Municipalities.Select((m, k) => (m, k)))
                {
                    var offset = (k - 1.5m) * (counts ? 0m : 2.15m) + (n + k) % 4 * 0.3m;
                    Add(indicator, year, place, counts ? Math.Round(county * (k == 0 ? 1.6m : 0.8m - k * 0.1m)) : county + offset);
                }
            }
        }
    }

    private void Add(Indicator indicator, int year, string municipality, decimal value) =>
        db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicator.Id, Year = year, Municipality = municipality, Value = Math.Round(value, 1), UpdatedAt = indicator.UpdatedAt });
}
