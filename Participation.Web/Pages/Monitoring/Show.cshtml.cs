using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Localisation;
using Participation.Api.Monitoring;

namespace Participation.Web.Pages.Monitoring;

/// <summary>
/// A process's monitoring for the public: indicators with their charts, descriptions and data tables, measures with
/// their status, recommendations with their decision. Not published (or a filter naming nothing): the 404 page.
/// </summary>
public sealed class ShowModel(ParticipationDb db, ProcessAccess access, MonitoringReader reader, IStringLocalizer<Messages> messages) : PageModel
{
    public MonitoringResponse Monitoring { get; private set; } = null!;

    /// <summary>The visitor's language for the chart images, so their words and numbers match the page.</summary>
    public string Culture => SpokenLanguages.Current.Code;

    public async Task<IActionResult> OnGetAsync(Guid processId, Guid? area, string? section, CancellationToken ct)
    {
        var result = await MonitoringApi.GetMonitoring(processId, area, section, User, db, access, reader, messages, ct);
        if (result.Result is not Ok<MonitoringResponse> ok)
        {
            return NotFound();
        }
        Monitoring = ok.Value!;
        return Page();
    }

    public string ChartAddress(MonitoringIndicatorResponse indicator) => $"{indicator.ChartSvg}?culture={Uri.EscapeDataString(Culture)}";
}
