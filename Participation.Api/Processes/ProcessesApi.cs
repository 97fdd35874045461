using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Processes;

public static class ProcessesApi
{
    public static RouteGroupBuilder MapProcesses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/processes").WithTags("Processes").RequireAuthorization().WithStandardProblems();

        group.MapGet("/", ListProcesses).WithName(nameof(ListProcesses)).WithSummary("The processes the caller takes part in (all for administrators).");
        group.MapPost("/", CreateProcess).WithName(nameof(CreateProcess)).WithValidation<ProcessInput>()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Administrator, Roles.Organiser))
            .WithSummary("Creates a process; the caller becomes its organiser.");
        group.MapGet("/{id:guid}", GetProcess).WithName(nameof(GetProcess));
        group.MapPut("/{id:guid}", UpdateProcess).WithName(nameof(UpdateProcess)).WithValidation<ProcessInput>();
        group.MapDelete("/{id:guid}", DeleteProcess).WithName(nameof(DeleteProcess))
            .WithSummary("Deletes a process with its areas, series, events and sessions.");
        return group;
    }

    public static async Task<Ok<List<ProcessResponse>>> ListProcesses(ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var query = db.Processes.AsNoTracking();
        if (access.VisibleProcessIds(user) is { } visible)
        {
            query = query.Where(p => visible.Contains(p.Id));
        }
        var processes = await query.OrderBy(p => p.Title).ToListAsync(ct);
        return TypedResults.Ok(processes.Select(p => p.ToResponse()).ToList());
    }

    public static async Task<Created<ProcessResponse>> CreateProcess(
        ProcessInput input, ClaimsPrincipal user, ParticipationDb db, TimeProvider clock, IOptions<ParticipationOptions> options, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var process = new Process
        {
            Title = input.Title.Trim(),
            TimeZone = input.TimeZone ?? options.Value.DefaultTimeZone,
            CreatedAt = now,
        };
        process.Apply(input, now);
        db.Processes.Add(process);
        if (user.AccountId() is { } accountId)
        {
            db.Memberships.Add(new ProcessMembership { ProcessId = process.Id, AccountId = accountId, Role = ProcessRole.Organiser, CreatedAt = now });
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/processes/{process.Id}", process.ToResponse());
    }

    public static async Task<Results<Ok<ProcessResponse>, ProblemHttpResult>> GetProcess(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        return TypedResults.Ok(process.ToResponse());
    }

    public static async Task<Results<Ok<ProcessResponse>, ProblemHttpResult>> UpdateProcess(
        Guid id, ProcessInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var process = await db.Processes.FirstAsync(p => p.Id == id, ct);
        process.Apply(input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(process.ToResponse());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteProcess(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        await db.Processes.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(this Process process, ProcessInput input, DateTime now)
    {
        process.Title = input.Title.Trim();
        process.Description = input.Description.NullIfBlank();
        process.Organisation = input.Organisation.NullIfBlank();
        process.MailSenderName = input.MailSenderName.NullIfBlank();
        process.MailReplyTo = input.MailReplyTo.NullIfBlank()?.ToLowerInvariant();
        process.Status = input.Status;
        process.StartsOn = input.StartsOn;
        process.EndsOn = input.EndsOn;
        process.TimeZone = input.TimeZone ?? process.TimeZone;
        process.RetentionDays = input.RetentionDays;
        process.UpdatedAt = now;
    }
}
