using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Measures;

/// <summary>Measures of the concept's variable part: organisers keep them, facilitators read them.</summary>
public static class MeasuresApi
{
    public static void MapMeasuresApi(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{id:guid}/measures").WithTags("Measures").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListMeasures).WithName(nameof(ListMeasures))
            .WithSummary("The process's measures, optionally of one area, in one status, or running in one year.");
        ofProcess.MapPost("/", CreateMeasure).WithName(nameof(CreateMeasure)).WithValidation<MeasureInput>()
            .WithSummary("Creates a measure in status planned; its first status change is written with it.");

        var measures = routes.MapGroup("/api/measures/{id:guid}").WithTags("Measures").RequireAuthorization().WithStandardProblems();
        measures.MapGet("/", GetMeasure).WithName(nameof(GetMeasure));
        measures.MapPut("/", UpdateMeasure).WithName(nameof(UpdateMeasure)).WithValidation<MeasureInput>()
            .WithSummary("Replaces fields, links and yearly activities; the status is changed through its own route.");
        measures.MapDelete("/", DeleteMeasure).WithName(nameof(DeleteMeasure))
            .WithSummary("Deletes a measure entered by mistake; one that is not carried out is dropped instead. Versions keep it.");
    }

    public static async Task<Results<Ok<List<MeasureResponse>>, ValidationProblem, ProblemHttpResult>> ListMeasures(
        Guid id, Guid? areaId, string? status, int? year, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        MeasureStatus? wantedStatus = null;
        if (status is not null)
        {
            // The same spelling the API writes ("started"), any case.
            if (!Enum.TryParse<MeasureStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return Validation.Problem("status", text["ValueUnreadable"], text);
            }
            wantedStatus = parsed;
        }
        var query = db.Measures.AsNoTracking().Where(m => m.ProcessId == id);
        if (areaId is { } area)
        {
            query = query.Where(m => m.AreaId == area);
        }
        if (wantedStatus is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }
        if (year is { } running)
        {
            query = query.Where(m => m.StartYear <= running && (m.EndYear == null || m.EndYear >= running));
        }
        var measures = await query.Include(m => m.Activities).Include(m => m.Recommendations).Include(m => m.Sections)
            .AsSplitQuery().OrderBy(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(ct);
        return TypedResults.Ok(measures.Select(m => m.ToResponse()).ToList());
    }

    public static async Task<Results<Created<MeasureResponse>, ValidationProblem, ProblemHttpResult>> CreateMeasure(
        Guid id, MeasureInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, MeasureLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (await links.RefuseAsync(id, input, ct) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = await db.Processes.Where(p => p.Id == id).Select(p => p.TimeZone).SingleAsync(ct);
        var measure = new Measure
        {
            ProcessId = id, Title = "", ResponsibleOrganisation = "", Status = MeasureStatus.Planned, CreatedAt = now, UpdatedAt = now,
        };
        MeasureLinks.ApplyFields(measure, input);
        measure.Recommendations = MeasureLinks.Recommendations(measure.Id, input);
        measure.Sections = MeasureLinks.Sections(measure.Id, input);
        measure.Activities = MeasureLinks.Activities(measure.Id, input);
        db.Measures.Add(measure);
        db.MeasureStatusChanges.Add(new MeasureStatusChange
        {
            MeasureId = measure.Id, Status = MeasureStatus.Planned, On = input.PlannedOn ?? TimeZones.Today(clock, zone), AccountId = user.AccountId(), CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/measures/{measure.Id}", measure.ToResponse());
    }

    public static async Task<Results<Ok<MeasureResponse>, ProblemHttpResult>> GetMeasure(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var measure = await LoadAsync(db, id, ct);
        if (await access.DenyAsync(user, measure?.ProcessId, ProcessRole.Facilitator, ct, "Measure") is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(measure!.ToResponse());
    }

    public static async Task<Results<Ok<MeasureResponse>, ValidationProblem, ProblemHttpResult>> UpdateMeasure(
        Guid id, MeasureInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, MeasureLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (await access.DenyAsync(user, measure?.ProcessId, ProcessRole.Organiser, ct, "Measure") is { } denied)
        {
            return denied;
        }
        if (await links.RefuseAsync(measure!.ProcessId, input, ct) is { } refused)
        {
            return refused;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.MeasureRecommendations.Where(l => l.MeasureId == id).ExecuteDeleteAsync(ct);
        await db.MeasureSections.Where(l => l.MeasureId == id).ExecuteDeleteAsync(ct);
        await db.MeasureActivities.Where(a => a.MeasureId == id).ExecuteDeleteAsync(ct);
        MeasureLinks.ApplyFields(measure, input);
        measure.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.MeasureRecommendations.AddRange(MeasureLinks.Recommendations(id, input));
        db.MeasureSections.AddRange(MeasureLinks.Sections(id, input));
        db.MeasureActivities.AddRange(MeasureLinks.Activities(id, input));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await LoadAsync(db, id, ct))!.ToResponse());
    }

    private static Task<Measure?> LoadAsync(ParticipationDb db, Guid id, CancellationToken ct) =>
        db.Measures.AsNoTracking().Include(m => m.Activities).Include(m => m.Recommendations).Include(m => m.Sections)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMeasure(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await db.Measures.Where(m => m.Id == id).Select(m => (Guid?)m.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct, "Measure") is { } denied)
        {
            return denied;
        }
        await db.Measures.Where(m => m.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }
}
