using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>Who organises and who facilitates a process.</summary>
public static class MembersApi
{
    public static void MapMembers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/processes/{processId:guid}/members").WithTags("Members").RequireAuthorization().WithStandardProblems();
        group.MapGet("/", ListMembers).WithName(nameof(ListMembers));
        group.MapPut("/", SetMember).WithName(nameof(SetMember)).WithValidation<MemberInput>()
            .WithSummary("Gives an existing account a role in the process (or changes it).");
        group.MapDelete("/{accountId:guid}", RemoveMember).WithName(nameof(RemoveMember));
    }

    public static IQueryable<MembershipResponse> MembershipsOf(ParticipationDb db, Guid? accountId = null, Guid? processId = null) =>
        from m in db.Memberships.AsNoTracking()
        join p in db.Processes on m.ProcessId equals p.Id
        join a in db.Users on m.AccountId equals a.Id
        where (accountId == null || m.AccountId == accountId) && (processId == null || m.ProcessId == processId)
        orderby p.Title, a.Email
        select new MembershipResponse(p.Id, p.Title, a.Id, a.Email!, a.DisplayName, m.Role);

    public static async Task<Results<Ok<List<MembershipResponse>>, ProblemHttpResult>> ListMembers(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        return TypedResults.Ok(await MembershipsOf(db, processId: processId).ToListAsync(ct));
    }

    public static async Task<Results<Ok<MembershipResponse>, ValidationProblem, ProblemHttpResult>> SetMember(
        Guid processId, MemberInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access,
        UserManager<Account> users, TimeProvider clock, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (await users.FindByEmailAsync(input.Email.Trim()) is not { } account)
        {
            return Validation.Problem("email", text["NoSuchAccount"], text);
        }
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.ProcessId == processId && m.AccountId == account.Id, ct);
        if (membership is null)
        {
            db.Memberships.Add(new ProcessMembership { ProcessId = processId, AccountId = account.Id, Role = input.Role, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            if (membership.Role == ProcessRole.Organiser && input.Role != ProcessRole.Organiser && await IsLastOrganiserAsync(db, processId, ct))
            {
                return Problems.Conflict(text, "LastOrganiser");
            }
            membership.Role = input.Role;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MembershipsOf(db, account.Id, processId).FirstAsync(ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        Guid processId, Guid accountId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.ProcessId == processId && m.AccountId == accountId, ct);
        if (membership is null)
        {
            return Problems.NotFound(text, "Member");
        }
        if (membership.Role == ProcessRole.Organiser && await IsLastOrganiserAsync(db, processId, ct))
        {
            return Problems.Conflict(text, "LastOrganiser");
        }
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<bool> IsLastOrganiserAsync(ParticipationDb db, Guid processId, CancellationToken ct) =>
        await db.Memberships.CountAsync(m => m.ProcessId == processId && m.Role == ProcessRole.Organiser, ct) <= 1;
}
