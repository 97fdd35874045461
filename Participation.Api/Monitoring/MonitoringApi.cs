using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Monitoring;

/// <summary>A process's monitoring as JSON: public once an organiser publishes it, for the process's team before.</summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/processes/{id:guid}/monitoring").WithTags("Monitoring").WithStandardProblems();
        group.MapGet("/", GetMonitoring).WithName(nameof(GetMonitoring)).AllowAnonymous()
            .WithSummary("Indicators by area with values, trend and chart addresses, measures with status, recommendations past draft; " +
                         "?area={id} or ?section={code}. Anonymous once published, facilitators before.");
        group.MapPut("/publication", PutPublication).WithName(nameof(PutPublication)).RequireAuthorization()
            .WithValidation<MonitoringPublicationInput>().WithSummary("Publishes the monitoring page of the process, or takes it back.");
    }

    public static async Task<Results<Ok<MonitoringResponse>, ValidationProblem, ProblemHttpResult>> GetMonitoring(
        Guid id, Guid? area, string? section, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, MonitoringReader reader,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var published = await db.Processes.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.MonitoringPublishedAt }).FirstOrDefaultAsync(ct);
        // Before publication an anonymous caller learns nothing, not even that the process exists (as for its charts).
        if (published?.MonitoringPublishedAt is null
            && await access.DenyAsync(user, published is null || user.Identity?.IsAuthenticated != true ? null : id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var (monitoring, invalid) = await reader.ReadAsync(id, area, section, ct);
        return invalid switch
        {
            "area" => Validation.Problem("area", text["Monitoring.AreaUnknown"], text),
            "section" => Validation.Problem("section", text["Monitoring.SectionUnknown"], text),
            _ => TypedResults.Ok(monitoring!),
        };
    }

    public static async Task<Results<Ok<MonitoringPublicationResponse>, ProblemHttpResult>> PutPublication(
        Guid id, MonitoringPublicationInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var process = await db.Processes.FirstAsync(p => p.Id == id, ct);
        if (input.Published == true)
        {
            // Publishing again keeps the first date: the page has been public since then.
            process.MonitoringPublishedAt ??= clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            process.MonitoringPublishedAt = null;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MonitoringPublicationResponse(process.MonitoringPublishedAt is not null, process.MonitoringPublishedAt));
    }
}

public sealed class MonitoringPublicationInputValidator : AbstractValidator<MonitoringPublicationInput>
{
    public MonitoringPublicationInputValidator(IStringLocalizer<Messages> text)
    {
        RuleFor(x => x.Published).NotNull().WithMessage(text["Monitoring.PublishedRequired"]);
    }
}
