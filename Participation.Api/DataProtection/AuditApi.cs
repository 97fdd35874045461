using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.DataProtection;

public sealed record AuditEntryResponse(
    long Id, DateTimeOffset At, Guid AccountId, string AccountName, string Action, string Method, string? Targets, Guid? ProcessId, int Status, string? Detail);

public sealed record AuditPage(int Page, int PageSize, int Total, List<AuditEntryResponse> Entries);

/// <summary>The audit log: a process's organisers read its entries, administrators read all.</summary>
public static class AuditApi
{
    public static void MapAudit(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/processes/{id:guid}/audit").WithTags("Data protection").RequireAuthorization().WithStandardProblems()
            .MapGet("/", ProcessAudit).WithName(nameof(ProcessAudit)).WithSummary("What accounts did in the process, newest first, paged (?page=1).");
        routes.MapGroup("/api/audit").WithTags("Data protection").WithStandardProblems()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Administrator))
            .MapGet("/", AllAudit).WithName(nameof(AllAudit)).WithSummary("What accounts did anywhere, newest first, paged (?page=1); administrators only.");
    }

    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ProcessAudit(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IOptions<DataProtectionOptions> options, CancellationToken ct, int page = 1)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(await PageAsync(db.AuditEntries.Where(e => e.ProcessId == id), page, options.Value.AuditPageSize, ct));
    }

    public static async Task<Ok<AuditPage>> AllAudit(ParticipationDb db, IOptions<DataProtectionOptions> options, CancellationToken ct, int page = 1) =>
        TypedResults.Ok(await PageAsync(db.AuditEntries, page, options.Value.AuditPageSize, ct));

    public static async Task<AuditPage> PageAsync(IQueryable<AuditEntry> entries, int page, int size, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var total = await entries.CountAsync(ct);
        var rows = await entries.AsNoTracking().OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new AuditPage(page, size, total, rows.Select(e => new AuditEntryResponse(
            e.Id, new DateTimeOffset(e.At), e.AccountId, e.AccountName, e.Action, e.Method, e.Targets, e.ProcessId, e.Status, e.Detail)).ToList());
    }
}
