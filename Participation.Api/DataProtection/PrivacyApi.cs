using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.DataProtection;

/// <summary>The privacy notice of a process: anyone reads the one in force; organisers save new versions and read the old ones.</summary>
public static class PrivacyApi
{
    public static void MapPrivacy(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/processes/{id:guid}/privacy").WithTags("Data protection").WithStandardProblems();
        group.MapGet("/", GetPrivacyNotice).WithName(nameof(GetPrivacyNotice)).AllowAnonymous()
            .WithSummary("The privacy notice and consent sentence in force, with its version (0: the built-in text); public.");
        group.MapPut("/", SavePrivacyNotice).WithName(nameof(SavePrivacyNotice)).RequireAuthorization().WithValidation<PrivacyNoticeInput>()
            .WithSummary("Saves a new version; the earlier ones are kept, and forms showing an earlier one are refused until read again.");
        group.MapGet("/versions", ListPrivacyNotices).WithName(nameof(ListPrivacyNotices)).RequireAuthorization()
            .WithSummary("Every saved version, newest first.");
    }

    public static async Task<Results<Ok<PrivacyNoticeResponse>, ProblemHttpResult>> GetPrivacyNotice(
        Guid id, ParticipationDb db, PrivacyNotices notices, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await db.Processes.AnyAsync(p => p.Id == id, ct)
            ? TypedResults.Ok(await notices.CurrentAsync(id, ct))
            : Problems.NotFound(text, "Process");

    public static async Task<Results<Ok<PrivacyNoticeResponse>, ProblemHttpResult>> SavePrivacyNotice(
        Guid id, PrivacyNoticeInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var accountId = user.AccountId();
        var notice = new PrivacyNotice
        {
            ProcessId = id,
            Version = (await db.PrivacyNotices.Where(n => n.ProcessId == id).MaxAsync(n => (int?)n.Version, ct) ?? PrivacyNotices.DefaultVersion) + 1,
            Notice = input.Notice.Trim(),
            ConsentText = input.ConsentText.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = accountId,
            CreatedByName = await db.Users.Where(a => a.Id == accountId).Select(a => a.DisplayName).FirstOrDefaultAsync(ct),
        };
        db.PrivacyNotices.Add(notice);
        // Two organisers saving at once both compute the same number; the unique index refuses the second.
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(notice.ToResponse());
    }

    public static async Task<Results<Ok<List<PrivacyNoticeResponse>>, ProblemHttpResult>> ListPrivacyNotices(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var versions = await db.PrivacyNotices.AsNoTracking().Where(n => n.ProcessId == id).OrderByDescending(n => n.Version).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(n => n.ToResponse()).ToList());
    }
}
