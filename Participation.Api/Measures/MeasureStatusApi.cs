using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Measures;

/// <summary>A measure's status moves with a dated comment; every change stays in its history.</summary>
public static class MeasureStatusApi
{
    public static void MapMeasureStatus(this IEndpointRouteBuilder routes)
    {
        var measures = routes.MapGroup("/api/measures/{id:guid}").WithTags("Measures").RequireAuthorization().WithStandardProblems();
        measures.MapPut("/status", ChangeMeasureStatus).WithName(nameof(ChangeMeasureStatus)).WithValidation<StatusInput>()
            .WithSummary("Changes the status (planned, started, done, dropped) as of a date, with a comment; dropping needs one.");
        measures.MapGet("/history", MeasureHistory).WithName(nameof(MeasureHistory))
            .WithSummary("Every status change, the first being the measure's creation, oldest first.");
    }

    public static async Task<Results<Ok<MeasureResponse>, ValidationProblem, ProblemHttpResult>> ChangeMeasureStatus(
        Guid id, StatusInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IOptions<MeasuresOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var measure = await db.Measures.Include(m => m.Activities).Include(m => m.Recommendations).Include(m => m.Sections)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (await access.DenyAsync(user, measure?.ProcessId, ProcessRole.Organiser, ct, "Measure") is { } denied)
        {
            return denied;
        }
        if (input.Status == measure!.Status)
        {
            return Validation.Problem("status", text["Measure.SameStatus"], text);
        }
        var on = input.On!.Value;
        var lastOn = await db.MeasureStatusChanges.Where(c => c.MeasureId == id).MaxAsync(c => (DateOnly?)c.On, ct);
        if (on < lastOn)
        {
            return Validation.Problem("on", text["Measure.DateBeforeLastChange", lastOn.Value.ToString("d", CultureInfo.CurrentCulture)], text);
        }
        var zone = await db.Processes.Where(p => p.Id == measure.ProcessId).Select(p => p.TimeZone).SingleAsync(ct);
        var latest = TimeZones.Today(clock, zone).AddDays(options.Value.StatusDateMaxDaysAhead);
        if (on > latest)
        {
            return Validation.Problem("on", text["Measure.DateTooLate", latest.ToString("d", CultureInfo.CurrentCulture)], text);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        measure.Status = input.Status;
        measure.UpdatedAt = now;
        db.MeasureStatusChanges.Add(new MeasureStatusChange
        {
            MeasureId = id, Status = input.Status, On = on, Comment = input.Comment.NullIfBlank(), AccountId = user.AccountId(), CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(measure.ToResponse());
    }

    public static async Task<Results<Ok<List<StatusChangeResponse>>, ProblemHttpResult>> MeasureHistory(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var processId = await db.Measures.Where(m => m.Id == id).Select(m => (Guid?)m.ProcessId).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct, "Measure") is { } denied)
        {
            return denied;
        }
        var changes = await db.MeasureStatusChanges.AsNoTracking().Where(c => c.MeasureId == id)
            .OrderBy(c => c.On).ThenBy(c => c.CreatedAt)
            .Select(c => new
            {
                c.Id, c.Status, c.On, c.Comment, c.AccountId, c.CreatedAt,
                AccountName = db.Users.Where(a => a.Id == c.AccountId).Select(a => a.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return TypedResults.Ok(changes.Select(c => new StatusChangeResponse(
            c.Id, c.Status, c.On, c.Comment, c.AccountId, c.AccountName,
            new DateTimeOffset(DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc)))).ToList());
    }
}
