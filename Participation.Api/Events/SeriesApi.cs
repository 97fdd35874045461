using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Events;

/// <summary>Series group events: a workshop series, the meetings of a focus group.</summary>
public static class SeriesApi
{
    public static void MapSeries(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/series").WithTags("Series").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListSeries).WithName(nameof(ListSeries));
        ofProcess.MapPost("/", CreateSeries).WithName(nameof(CreateSeries)).WithValidation<SeriesInput>();

        var series = routes.MapGroup("/api/series").WithTags("Series").RequireAuthorization().WithStandardProblems();
        series.MapGet("/{id:guid}", GetSeries).WithName(nameof(GetSeries));
        series.MapPut("/{id:guid}", UpdateSeries).WithName(nameof(UpdateSeries)).WithValidation<SeriesInput>();
        series.MapDelete("/{id:guid}", DeleteSeries).WithName(nameof(DeleteSeries))
            .WithSummary("Deletes a series; its events stay, outside any series.");
    }

    public static async Task<Results<Ok<List<SeriesResponse>>, ProblemHttpResult>> ListSeries(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(await Project(db.Series.Where(s => s.ProcessId == processId).OrderBy(s => s.Title), db).ToListAsync(ct));
    }

    public static async Task<Results<Created<SeriesResponse>, ProblemHttpResult>> CreateSeries(
        Guid processId, SeriesInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var series = new Series
        {
            ProcessId = processId,
            Title = input.Title.Trim(),
            Description = input.Description.NullIfBlank(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Series.Add(series);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/series/{series.Id}", new SeriesResponse(series.Id, processId, series.Title, series.Description, 0));
    }

    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> GetSeries(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var series = await Project(db.Series.Where(s => s.Id == id), db).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, series?.ProcessId, ProcessRole.Facilitator, ct, "Series") is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(series!);
    }

    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> UpdateSeries(
        Guid id, SeriesInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await db.Series.Where(s => s.Id == id).Select(s => (Guid?)s.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct, "Series") is { } denied)
        {
            return denied;
        }
        await db.Series.Where(s => s.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Title, input.Title.Trim())
            .SetProperty(s => s.Description, input.Description.NullIfBlank()), ct);
        return TypedResults.Ok(await Project(db.Series.Where(s => s.Id == id), db).FirstAsync(ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSeries(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await db.Series.Where(s => s.Id == id).Select(s => (Guid?)s.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct, "Series") is { } denied)
        {
            return denied;
        }
        await db.Series.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<SeriesResponse> Project(IQueryable<Series> series, ParticipationDb db) =>
        series.AsNoTracking().Select(s => new SeriesResponse(s.Id, s.ProcessId, s.Title, s.Description, db.Events.Count(e => e.SeriesId == s.Id)));
}
