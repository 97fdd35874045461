using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.DataProtection;
using Participation.Api.Documentation;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Monitoring;

/// <summary>The annual report of a process, written by the documentation's writers; audited as an export.</summary>
public static class AnnualReportApi
{
    public static readonly string[] Formats = ["docx", "pdf", "html"];

    public static void MapAnnualReport(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/processes/{id:guid}/report").WithTags("Monitoring").RequireAuthorization().WithStandardProblems();
        group.MapGet("/", GetReport).WithName(nameof(GetReport)).AuditedAsExport()
            .WithSummary("The annual report (bodies, recommendations, measures, indicators) of ?year=YYYY as ?format=docx|pdf|html.");
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetReport(
        Guid id, int? year, string? format, ClaimsPrincipal user, ProcessAccess access, AnnualReportBuilder builder,
        IOptions<MonitoringOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        format = format?.Trim().ToLowerInvariant();
        if (format is null || !Formats.Contains(format))
        {
            return Validation.Problem("format", text["FormatUnknown", string.Join(", ", Formats)], text);
        }
        var (first, last) = (options.Value.ReportFirstYear, options.Value.ReportLastYear);
        if (year is not { } reportYear || reportYear < first || reportYear > last)
        {
            return Validation.Problem("year", text["Report.YearOutOfRange", first, last], text);
        }
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var model = await builder.BuildAsync(id, reportYear, MonitoringCharts.For(format), ct);
        var (mediaType, extension) = DocumentationFiles.Describe(format);
        var bytes = DocumentationFiles.Write(format, model, DocumentationLabels.From(text));
        return TypedResults.File(bytes, mediaType, $"{Files.SafeName(model.Title)}-{Files.SafeName(model.Report!.Kind)}-{reportYear}.{extension}");
    }
}
