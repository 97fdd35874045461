using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Indicators;
using Participation.Api.Indicators.Charts;
using Participation.Api.Monitoring;
using Participation.Api.Extensions;

namespace Participation.Web.Pages.Organise.Indicators;

/// <summary>The indicators of a process by area, each with its chart, its description and its values as a table.</summary>
public sealed class IndicatorsModel(ParticipationDb db, ProcessAccess access, TimeProvider clock, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed record Shown(IndicatorResponse Indicator, string? Area, string Svg, string Description, IReadOnlyList<IndicatorValueResponse> Values);

    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public IReadOnlyList<Shown> Indicators { get; private set; } = [];
    public bool IsOrganiser { get; private set; }
    /// <summary>Since when the public monitoring page is public, in the process's time zone; null while it is not.</summary>
    public DateTimeOffset? PublishedSince { get; private set; }

    /// <summary>Publishes the public monitoring page of the process or takes it back, through the API's publication handler.</summary>
    public async Task<IActionResult> OnPostPublicationAsync(Guid id, bool published, CancellationToken ct)
    {
        var result = await MonitoringApi.PutPublication(id, new MonitoringPublicationInput(published), User, db, access, clock, ct);
        return result.Result is ProblemHttpResult problem
            ? this.Problem(problem)
            : this.RedirectWithNotice($"/organise/processes/{id}/indicators#publication-heading", text[published ? "Publication.Published" : "Publication.Withdrawn"]);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var listed = await IndicatorsApi.ListIndicators(id, null, User, db, access, ct);
        if (listed.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        ProcessId = id;
        var process = await db.Processes.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.TimeZone, p.MonitoringPublishedAt }).FirstAsync(ct);
        ProcessTitle = process.Title;
        IsOrganiser = await access.CheckAsync(User, id, ProcessRole.Organiser, ct) == Access.Granted;
        PublishedSince = TimeZones.InZone(process.MonitoringPublishedAt, process.TimeZone);
        var areas = await db.Areas.Where(a => a.ProcessId == id).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var shown = new List<Shown>();
        foreach (var indicator in ((Ok<List<IndicatorResponse>>)listed.Result).Value!)
        {
            var chart = (await IndicatorChartsApi.LoadAsync(db, indicator.Id, null, null, messages, ct))!;
            var svg = IndicatorCharts.Svg(chart);
            var values = chart.Values.OrderBy(v => v.Year).ThenBy(v => v.Municipality, StringComparer.Create(CultureInfo.CurrentCulture, false))
                .Select(v => new IndicatorValueResponse(v.Year, v.Municipality, v.Value)).ToList();
            shown.Add(new Shown(indicator, indicator.AreaId is { } area ? areas.GetValueOrDefault(area) : null,
                svg[svg.IndexOf("<svg", StringComparison.Ordinal)..], ChartDescriptions.Describe(chart), values));
        }
        Indicators = shown;
        return Page();
    }
}
