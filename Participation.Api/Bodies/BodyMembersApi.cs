using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Bodies;

/// <summary>The seats of a body: who sits on it on a day, who deputises for whom, and who left (kept for the history).</summary>
public static class BodyMembersApi
{
    public static void MapBodyMembers(this IEndpointRouteBuilder routes)
    {
        var members = routes.MapGroup("/api/bodies/{id:guid}/members").WithTags("Bodies").RequireAuthorization().WithStandardProblems();
        members.MapGet("/", ListBodyMembers).WithName(nameof(ListBodyMembers))
            .WithSummary("Who sat on the body on ?on=YYYY-MM-DD (today without it); ?former=true lists those whose seat had ended by then.");
        members.MapPost("/", AddBodyMember).WithName(nameof(AddBodyMember)).WithValidation<MemberInput>();
        members.MapPut("/{memberId:guid}", ChangeBodyMember).WithName(nameof(ChangeBodyMember)).WithValidation<MemberInput>();
        members.MapPost("/{memberId:guid}/leave", LeaveBody).WithName(nameof(LeaveBody)).WithValidation<LeaveInput>()
            .WithSummary("Ends the seat on leftOn (today without it); the member stays in the history of past meetings.");
    }

    public static async Task<Results<Ok<List<MemberResponse>>, ProblemHttpResult>> ListBodyMembers(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct,
        DateOnly? on = null, bool former = false)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return denied;
        }
        var day = on ?? await TimeZones.TodayInProcessAsync(db, body!.ProcessId, clock, ct);
        var ofBody = db.BodyMembers.Where(m => m.BodyId == id);
        return TypedResults.Ok(await ListAsync(db, id, former ? ofBody.Where(m => m.LeftOn != null && m.LeftOn <= day) : ofBody.SeatedOn(day), ct));
    }

    public static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> AddBodyMember(
        Guid id, MemberInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IOptions<BodiesOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        if (body!.DissolvedOn is not null)
        {
            return Problems.Conflict(text, "Body.Dissolved");
        }
        var today = await TimeZones.TodayInProcessAsync(db, body.ProcessId, clock, ct);
        if (await db.BodyMembers.Where(m => m.BodyId == id).Current(today).CountAsync(ct) >= options.Value.MaxMembersPerBody)
        {
            return Validation.Problem("name", text["Body.TooManyMembers", options.Value.MaxMembersPerBody], text);
        }
        if (await RefusePrincipalAsync(db, id, null, input, today, text, ct) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var member = new BodyMember { BodyId = id, Name = "", JoinedOn = input.JoinedOn ?? today, CreatedAt = now };
        Apply(member, input, now);
        db.BodyMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/bodies/{id}/members/{member.Id}", (await ListAsync(db, id, db.BodyMembers.Where(m => m.Id == member.Id), ct))[0]);
    }

    public static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> ChangeBodyMember(
        Guid id, Guid memberId, MemberInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var member = await db.BodyMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.BodyId == id, ct);
        if (member is null)
        {
            return Problems.NotFound(text, "BodyMember");
        }
        var today = await TimeZones.TodayInProcessAsync(db, body!.ProcessId, clock, ct);
        if (await RefusePrincipalAsync(db, id, memberId, input, today, text, ct) is { } refused)
        {
            return refused;
        }
        if (input.Role == MemberRole.Deputy && await db.BodyMembers.Current(today).AnyAsync(m => m.DeputyForId == memberId, ct))
        {
            return Validation.Problem("role", text["Body.HasDeputies"], text);
        }
        var joinedOn = input.JoinedOn ?? member.JoinedOn;
        if (member.LeftOn is { } leftOn && leftOn < joinedOn)
        {
            return Validation.Problem("joinedOn", text["Body.LeftBeforeJoined"], text);
        }
        member.JoinedOn = joinedOn;
        Apply(member, input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ListAsync(db, id, db.BodyMembers.Where(m => m.Id == memberId), ct))[0]);
    }

    public static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> LeaveBody(
        Guid id, Guid memberId, LeaveInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var member = await db.BodyMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.BodyId == id, ct);
        if (member is null)
        {
            return Problems.NotFound(text, "BodyMember");
        }
        var leftOn = input.LeftOn ?? await TimeZones.TodayInProcessAsync(db, body!.ProcessId, clock, ct);
        if (leftOn < member.JoinedOn)
        {
            return Validation.Problem("leftOn", text["Body.LeftBeforeJoined"], text);
        }
        member.LeftOn = leftOn;
        member.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ListAsync(db, id, db.BodyMembers.Where(m => m.Id == memberId), ct))[0]);
    }

    /// <summary>A deputy stands in for a current member of the same body who is no deputy, and never for themselves.</summary>
    private static async Task<ValidationProblem?> RefusePrincipalAsync(
        ParticipationDb db, Guid bodyId, Guid? memberId, MemberInput input, DateOnly today, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (input.DeputyForId is not { } principalId)
        {
            return null;
        }
        var fits = principalId != memberId && await db.BodyMembers.Current(today)
            .AnyAsync(m => m.Id == principalId && m.BodyId == bodyId && m.Role != MemberRole.Deputy, ct);
        return fits ? null : Validation.Problem("deputyForId", text["Body.PrincipalNotCurrent"], text);
    }

    private static void Apply(BodyMember member, MemberInput input, DateTime now)
    {
        member.Name = input.Name.Trim();
        member.Organisation = input.Organisation.NullIfBlank();
        member.Perspective = input.Perspective.NullIfBlank();
        member.Email = input.Email.NullIfBlank() is { } email ? EmailAddresses.Normalize(email) : null;
        member.Role = input.Role;
        member.DeputyForId = input.Role == MemberRole.Deputy ? input.DeputyForId : null;
        member.UpdatedAt = now;
    }

    /// <summary>Chairs first, then members, then deputies, each by name; a deputy with the name of whom they stand in for.</summary>
    public static async Task<List<MemberResponse>> ListAsync(ParticipationDb db, Guid bodyId, IQueryable<BodyMember> members, CancellationToken ct)
    {
        var found = await members.AsNoTracking().ToListAsync(ct);
        var principals = found.Where(m => m.DeputyForId is not null).Select(m => m.DeputyForId!.Value).Distinct().ToList();
        var names = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == bodyId && principals.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return found.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new MemberResponse(m.Id, m.BodyId, m.Name, m.Organisation, m.Perspective, m.Email, m.Role,
                m.DeputyForId, m.DeputyForId is { } p ? names.GetValueOrDefault(p) : null, m.JoinedOn, m.LeftOn))
            .ToList();
    }
}
