using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Indicators.Charts;

namespace Participation.Api.Indicators;

/// <summary>
/// An indicator's chart, rendered on the server: ?view=trend|municipalities (without it, the view that has values), &amp;year= for the comparison, &amp;culture= for
/// the language and number format. Public once the process's monitoring is published, else for facilitators.
/// </summary>
public static class IndicatorChartsApi
{
    public static void MapIndicatorCharts(this IEndpointRouteBuilder routes)
    {
        var charts = routes.MapGroup("/api/indicators/{id:guid}").WithTags("Indicators").AllowAnonymous().WithStandardProblems();
        charts.MapGet("/chart.svg", ChartSvg).WithName(nameof(ChartSvg)).Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");
        charts.MapGet("/chart.png", ChartPng).WithName(nameof(ChartPng)).Produces(StatusCodes.Status200OK, contentType: "image/png");
    }

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ChartSvg(
        Guid id, string? view, int? year, HttpContext http, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<IndicatorsOptions> options, ChartCache cache, IStringLocalizer<Messages> text, CancellationToken ct) =>
        RenderAsync(id, view, year, http, user, db, access, options, text, cache, "svg", IndicatorCharts.SvgBytes, "image/svg+xml; charset=utf-8", ct);

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ChartPng(
        Guid id, string? view, int? year, HttpContext http, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<IndicatorsOptions> options, ChartCache cache, IStringLocalizer<Messages> text, CancellationToken ct) =>
        RenderAsync(id, view, year, http, user, db, access, options, text, cache, "png", IndicatorCharts.Png, "image/png", ct);

    /// <summary>
    /// The chart of an indicator as stored, in the current culture; null when there is no such indicator.
    /// Without a view it is the one with something to show (<see cref="ChartData.ViewFor"/>).
    /// </summary>
    public static async Task<IndicatorChart?> LoadAsync(
        ParticipationDb db, Guid id, ChartView? view, int? year, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null)
        {
            return null;
        }
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id).ToListAsync(ct);
        return new IndicatorChart(indicator, values, view ?? ChartData.ViewFor(values), ChartLabels.For(text, CultureInfo.CurrentCulture, year));
    }

    public static bool TryParseView(string? view, out ChartView? parsed)
    {
        parsed = null;
        if (view is null)
        {
            return true;
        }
        var known = Enum.TryParse(view, ignoreCase: true, out ChartView named) && Enum.IsDefined(named);
        parsed = named;
        return known;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> RenderAsync(
        Guid id, string? view, int? year, HttpContext http, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<IndicatorsOptions> options, IStringLocalizer<Messages> text, ChartCache cache, string format,
        Func<IndicatorChart, byte[]> render, string type, CancellationToken ct)
    {
        if (await access.DenyChartAsync(user, db, id, ct) is { } denied)
        {
            return denied;
        }
        if (!TryParseView(view, out var chartView) || int.TryParse(view, out _))
        {
            return Validation.Problem("view", text["ValueUnreadable"], text);
        }
        var limits = options.Value;
        if (year < limits.MinYear || year > limits.MaxYear)
        {
            return Validation.Problem("year", text["Indicators.YearOutOfRange", limits.MinYear, limits.MaxYear], text);
        }
        var chart = (await LoadAsync(db, id, chartView, year, text, ct))!;
        var key = ChartCache.KeyOf(chart, format);
        // The key names everything the file is drawn from, so it serves as the validator: a browser asks again and gets 304.
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32]}\"");
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = tag.ToString();
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.File(cache.GetOrRender(key, () => render(chart)), type);
    }
}
