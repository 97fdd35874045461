using System.Globalization;
using Participation.Api.Indicators.Charts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Documentation;

namespace Participation.Api.Monitoring;

/// <summary>
/// The annual report of a process (Fokus- or Monitoringbericht) as a documentation model with report chapters:
/// the bodies' meetings and members, the recommendations of the year with their decisions, the measures and their
/// progress, the indicators with chart and table. Reads each table once; ordered so the same data gives the same report.
/// </summary>
public sealed partial class AnnualReportBuilder(ParticipationDb db, IStringLocalizer<Messages> text)
{
    /// <summary>The report with the one chart picture its format shows (<see cref="MonitoringCharts.For"/>).</summary>
    public async Task<DocumentationModel> BuildAsync(Guid processId, int year, ReportPicture picture, CancellationToken ct)
    {
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == processId, ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == processId).OrderBy(a => a.Position).ThenBy(a => a.Name).ToListAsync(ct);
        var areaNames = areas.ToDictionary(a => a.Id, a => a.Name);
        var chapters = new List<ReportChapter>
        {
            await BodiesAsync(process.Id, year, ct),
            await RecommendationsAsync(process.Id, year, areaNames, ct),
            await MeasuresAsync(process.Id, year, areaNames, ct),
            await IndicatorsAsync(process.Id, year, areas, picture, ct),
        };
        var report = new ReportPart(text["Report.Kind"], text["Report.Year", year], chapters);
        var processPart = new ProcessPart(process.Title, process.Organisation, process.Description, text[$"ProcessStatus.{process.Status}"],
            process.StartsOn, process.EndsOn, areas.Select(a => a.Name).ToList(), []);
        return new DocumentationModel(process.Title, DocumentationScope.Process, processPart, [], [], [],
            new NumbersPart(0, 0, 0, 0, 0, 0, 0, 0, 0, []), new DocumentationOptions(), report);
    }

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A value as the culture writes it (German: decimal comma, thousands points), rounded as the chart beside it rounds.</summary>
    public static string Figure(decimal value) => ChartNumbers.Format(value, CultureInfo.CurrentCulture);

    private static ReportTable Table(string? caption, string[] headers, IEnumerable<IReadOnlyList<string>> rows, float[] shares, params int[] numeric) =>
        new(caption, headers, rows.ToList(), shares, new HashSet<int>(numeric));
}
