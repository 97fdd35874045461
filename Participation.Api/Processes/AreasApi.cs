using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Processes;

/// <summary>Thematic areas (Handlungsfelder): listed and added under their process, changed by their own id.</summary>
public static class AreasApi
{
    public static void MapAreas(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/areas").WithTags("Thematic areas").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListAreas).WithName(nameof(ListAreas));
        ofProcess.MapPost("/", CreateArea).WithName(nameof(CreateArea)).WithValidation<AreaInput>();

        var areas = routes.MapGroup("/api/areas").WithTags("Thematic areas").RequireAuthorization().WithStandardProblems();
        areas.MapGet("/{id:guid}", GetArea).WithName(nameof(GetArea));
        areas.MapPut("/{id:guid}", UpdateArea).WithName(nameof(UpdateArea)).WithValidation<AreaInput>();
        areas.MapDelete("/{id:guid}", DeleteArea).WithName(nameof(DeleteArea))
            .WithSummary("Deletes an area; events and sessions keep existing without it.");
    }

    public static async Task<Results<Ok<List<AreaResponse>>, ProblemHttpResult>> ListAreas(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var areas = await db.Areas.AsNoTracking().Where(a => a.ProcessId == processId)
            .OrderBy(a => a.Position).ThenBy(a => a.Name)
            .Select(a => new AreaResponse(a.Id, a.ProcessId, a.Name, a.Description, a.Position))
            .ToListAsync(ct);
        return TypedResults.Ok(areas);
    }

    public static async Task<Results<Created<AreaResponse>, ValidationProblem, ProblemHttpResult>> CreateArea(
        Guid processId, AreaInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var existing = await db.Areas.Where(a => a.ProcessId == processId).Select(a => new { a.Name, a.Position }).ToListAsync(ct);
        if (existing.Count >= limits.Value.MaxAreasPerProcess)
        {
            return Validation.Problem("name", text["TooManyAreas", limits.Value.MaxAreasPerProcess], text);
        }
        if (existing.Any(a => string.Equals(a.Name, input.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return Validation.Problem("name", text["AreaNameTaken"], text);
        }
        var area = new ThematicArea
        {
            ProcessId = processId,
            Name = input.Name.Trim(),
            Description = input.Description.NullIfBlank(),
            Position = input.Position ?? (existing.Count == 0 ? 0 : existing.Max(a => a.Position) + 1),
        };
        db.Areas.Add(area);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/areas/{area.Id}", area.ToResponse());
    }

    public static async Task<Results<Ok<AreaResponse>, ProblemHttpResult>> GetArea(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (await access.DenyAsync(user, area?.ProcessId, ProcessRole.Facilitator, ct, "Area") is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(area!.ToResponse());
    }

    public static async Task<Results<Ok<AreaResponse>, ValidationProblem, ProblemHttpResult>> UpdateArea(
        Guid id, AreaInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (await access.DenyAsync(user, area?.ProcessId, ProcessRole.Organiser, ct, "Area") is { } denied)
        {
            return denied;
        }
        var name = input.Name.Trim();
        var taken = await db.Areas.Where(a => a.ProcessId == area!.ProcessId && a.Id != id).Select(a => a.Name).ToListAsync(ct);
        if (taken.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Validation.Problem("name", text["AreaNameTaken"], text);
        }
        area!.Name = name;
        area.Description = input.Description.NullIfBlank();
        area.Position = input.Position ?? area.Position;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(area.ToResponse());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArea(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await db.Areas.Where(a => a.Id == id).Select(a => (Guid?)a.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct, "Area") is { } denied)
        {
            return denied;
        }
        await db.Areas.Where(a => a.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }
}
