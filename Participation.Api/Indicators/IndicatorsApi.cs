using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Indicators;

/// <summary>Monitoring indicators: listed and added under their process, read, changed and deleted by their own id.</summary>
public static class IndicatorsApi
{
    public static void MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/indicators").WithTags("Indicators").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListIndicators).WithName(nameof(ListIndicators)).WithSummary("The process's indicators by area and position; ?areaId= for one area.");
        ofProcess.MapPost("/", CreateIndicator).WithName(nameof(CreateIndicator)).WithValidation<IndicatorInput>();

        var indicators = routes.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization().WithStandardProblems();
        indicators.MapGet("/{id:guid}", GetIndicator).WithName(nameof(GetIndicator));
        indicators.MapPut("/{id:guid}", UpdateIndicator).WithName(nameof(UpdateIndicator)).WithValidation<IndicatorInput>();
        indicators.MapDelete("/{id:guid}", DeleteIndicator).WithName(nameof(DeleteIndicator)).WithSummary("Deletes an indicator with its values.");
    }

    public static async Task<Results<Ok<List<IndicatorResponse>>, ProblemHttpResult>> ListIndicators(
        Guid processId, Guid? areaId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.ProcessId == processId && (areaId == null || i.AreaId == areaId))
            .OrderBy(i => i.AreaId).ThenBy(i => i.Position).ThenBy(i => i.Name)
            .ToListAsync(ct);
        var ids = indicators.Select(i => i.Id).ToList();
        var spans = await db.IndicatorValues.Where(v => ids.Contains(v.IndicatorId)).GroupBy(v => v.IndicatorId)
            .Select(g => new { g.Key, Count = g.Count(), First = g.Min(v => v.Year), Last = g.Max(v => v.Year) })
            .ToDictionaryAsync(s => s.Key, ct);
        var responses = indicators.Select(i => spans.TryGetValue(i.Id, out var span)
            ? i.ToResponse(span.Count, span.First, span.Last)
            : i.ToResponse()).ToList();
        return TypedResults.Ok(responses);
    }

    public static async Task<Results<Created<IndicatorResponse>, ValidationProblem, ProblemHttpResult>> CreateIndicator(
        Guid processId, IndicatorInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<IndicatorsOptions> options, TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var existing = await db.Indicators.Where(i => i.ProcessId == processId).Select(i => new { i.Name, i.Position }).ToListAsync(ct);
        if (existing.Count >= options.Value.MaxIndicatorsPerProcess)
        {
            return Validation.Problem("name", text["Indicators.TooMany", options.Value.MaxIndicatorsPerProcess], text);
        }
        if (await InvalidAsync(processId, null, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var indicator = new Indicator
        {
            ProcessId = processId,
            Name = input.Name.Trim(),
            Unit = input.Unit.Trim(),
            Position = input.Position ?? (existing.Count == 0 ? 0 : existing.Max(i => i.Position) + 1),
            CreatedAt = now,
        };
        Apply(indicator, input, now);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/indicators/{indicator.Id}", indicator.ToResponse());
    }

    public static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> GetIndicator(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var indicator = await db.Indicators.AsNoTracking().FirstAsync(i => i.Id == id, ct);
        var years = await db.IndicatorValues.Where(v => v.IndicatorId == id).Select(v => v.Year).ToListAsync(ct);
        return TypedResults.Ok(indicator.ToResponse(years.Count, years.Count == 0 ? null : years.Min(), years.Count == 0 ? null : years.Max()));
    }

    public static async Task<Results<Ok<IndicatorResponse>, ValidationProblem, ProblemHttpResult>> UpdateIndicator(
        Guid id, IndicatorInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var indicator = await db.Indicators.FirstAsync(i => i.Id == id, ct);
        if (await InvalidAsync(indicator.ProcessId, id, input, db, text, ct) is { } invalid)
        {
            return invalid;
        }
        indicator.Name = input.Name.Trim();
        indicator.Unit = input.Unit.Trim();
        indicator.Position = input.Position ?? indicator.Position;
        Apply(indicator, input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(indicator.ToResponse());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteIndicator(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyIndicatorAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        await db.Indicators.Where(i => i.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> InvalidAsync(
        Guid processId, Guid? id, IndicatorInput input, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var names = await db.Indicators.Where(i => i.ProcessId == processId && i.Id != id).Select(i => i.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n, input.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return Validation.Problem("name", text["Indicators.NameTaken"], text);
        }
        if (input.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId && a.ProcessId == processId, ct))
        {
            return Validation.Problem("areaId", text["Indicators.AreaNotInProcess"], text);
        }
        return null;
    }

    private static void Apply(Indicator indicator, IndicatorInput input, DateTime now)
    {
        indicator.AreaId = input.AreaId;
        indicator.Definition = input.Definition.NullIfBlank();
        indicator.Source = input.Source.NullIfBlank();
        indicator.Direction = input.Direction;
        indicator.Target = input.Target;
        indicator.TargetYear = input.TargetYear;
        indicator.UpdatedAt = now;
    }
}
