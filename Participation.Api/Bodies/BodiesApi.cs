using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Bodies;

/// <summary>Standing bodies of a process (focus group, steering group, round table…) and their sub-groups: facilitators read, organisers write.</summary>
public static class BodiesApi
{
    public static void MapBodiesApi(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{processId:guid}/bodies").WithTags("Bodies").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListBodies).WithName(nameof(ListBodies));
        ofProcess.MapPost("/", CreateBody).WithName(nameof(CreateBody)).WithValidation<BodyInput>();

        var bodies = routes.MapGroup("/api/bodies").WithTags("Bodies").RequireAuthorization().WithStandardProblems();
        bodies.MapGet("/{id:guid}", GetBody).WithName(nameof(GetBody)).WithSummary("The body with its sub-groups, the members seated today and its meetings.");
        bodies.MapPut("/{id:guid}", UpdateBody).WithName(nameof(UpdateBody)).WithValidation<BodyInput>();
        bodies.MapPost("/{id:guid}/dissolve", DissolveBody).WithName(nameof(DissolveBody)).WithValidation<DissolveInput>()
            .WithSummary("Dissolves the body on a day: the seats still open end then; members, meetings and attendance stay as history.");
    }

    public static async Task<Results<Ok<List<BodySummary>>, ProblemHttpResult>> ListBodies(
        Guid processId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var today = await TimeZones.TodayInProcessAsync(db, processId, clock, ct);
        return TypedResults.Ok(await SummariesAsync(db, db.Bodies.Where(b => b.ProcessId == processId), today, ct));
    }

    public static async Task<Results<Created<BodyResponse>, ValidationProblem, ProblemHttpResult>> CreateBody(
        Guid processId, BodyInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IOptions<BodiesOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, processId, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var names = await db.Bodies.Where(b => b.ProcessId == processId).Select(b => b.Name).ToListAsync(ct);
        if (names.Count >= options.Value.MaxBodiesPerProcess)
        {
            return Validation.Problem("name", text["Body.TooMany", options.Value.MaxBodiesPerProcess], text);
        }
        if (await RefuseAsync(db, processId, null, input, names, text, ct) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var body = new Body { ProcessId = processId, Name = input.Name.Trim(), CreatedAt = now };
        Apply(body, input, now);
        db.Bodies.Add(body);
        if (!await SavedUnlessNameTakenAsync(db, processId, body, ct))
        {
            return Validation.Problem("name", text["Body.NameTaken"], text);
        }
        return TypedResults.Created($"/api/bodies/{body.Id}", await ResponseAsync(db, body, clock, ct));
    }

    public static async Task<Results<Ok<BodyResponse>, ProblemHttpResult>> GetBody(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Facilitator, ct);
        return denied is not null ? denied : TypedResults.Ok(await ResponseAsync(db, body!, clock, ct));
    }

    public static async Task<Results<Ok<BodyResponse>, ValidationProblem, ProblemHttpResult>> UpdateBody(
        Guid id, BodyInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (body, denied) = await access.BodyForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var names = await db.Bodies.Where(b => b.ProcessId == body!.ProcessId && b.Id != id).Select(b => b.Name).ToListAsync(ct);
        if (await RefuseAsync(db, body!.ProcessId, id, input, names, text, ct) is { } refused)
        {
            return refused;
        }
        body.Name = input.Name.Trim();
        Apply(body, input, clock.GetUtcNow().UtcDateTime);
        if (!await SavedUnlessNameTakenAsync(db, body.ProcessId, body, ct))
        {
            return Validation.Problem("name", text["Body.NameTaken"], text);
        }
        return TypedResults.Ok(await ResponseAsync(db, body, clock, ct));
    }

    public static async Task<Results<Ok<BodyResponse>, ValidationProblem, ProblemHttpResult>> DissolveBody(
        Guid id, DissolveInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, TimeProvider clock,
        IStringLocalizer<Messages> text, CancellationToken ct)
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
        var now = clock.GetUtcNow().UtcDateTime;
        var day = input.DissolvedOn ?? await TimeZones.TodayInProcessAsync(db, body.ProcessId, clock, ct);
        body.DissolvedOn = day;
        body.UpdatedAt = now;
        foreach (var member in await db.BodyMembers.Where(m => m.BodyId == id).Current(day).ToListAsync(ct))
        {
            member.LeftOn = member.JoinedOn > day ? member.JoinedOn : day;
            member.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(db, body, clock, ct));
    }

    /// <summary>
    /// Saves; false when another request took the body's name a moment after the check (the unique index refuses it).
    /// </summary>
    private static async Task<bool> SavedUnlessNameTakenAsync(ParticipationDb db, Guid processId, Body body, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Bodies.AnyAsync(b => b.ProcessId == processId && b.Id != body.Id && b.Name == body.Name, ct))
            {
                return false;
            }
            throw;
        }
    }

    /// <summary>What needs the database: a name not yet taken, a parent of the same process that is not the body itself or below it.</summary>
    private static async Task<ValidationProblem?> RefuseAsync(
        ParticipationDb db, Guid processId, Guid? bodyId, BodyInput input, List<string> takenNames, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (takenNames.Any(n => string.Equals(n, input.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return Validation.Problem("name", text["Body.NameTaken"], text);
        }
        if (input.ParentId is not { } parentId)
        {
            return null;
        }
        var parents = await db.Bodies.Where(b => b.ProcessId == processId).ToDictionaryAsync(b => b.Id, b => b.ParentId, ct);
        if (!parents.ContainsKey(parentId))
        {
            return Validation.Problem("parentId", text["Body.ParentOtherProcess"], text);
        }
        for (Guid? above = parentId; above is { } step; above = parents.GetValueOrDefault(step))
        {
            if (step == bodyId)
            {
                return Validation.Problem("parentId", text["Body.ParentCycle"], text);
            }
        }
        return null;
    }

    private static void Apply(Body body, BodyInput input, DateTime now)
    {
        body.Kind = input.Kind;
        body.Description = input.Description.NullIfBlank();
        body.ParentId = input.ParentId;
        body.Municipality = input.Municipality.NullIfBlank();
        body.UpdatedAt = now;
    }

    private static async Task<List<BodySummary>> SummariesAsync(ParticipationDb db, IQueryable<Body> bodies, DateOnly today, CancellationToken ct) =>
        await bodies.AsNoTracking().OrderBy(b => b.DissolvedOn != null).ThenBy(b => b.Name)
            .Select(b => new BodySummary(b.Id, b.ProcessId, b.ParentId, b.Name, b.Kind, b.Municipality, b.DissolvedOn,
                db.BodyMembers.Count(m => m.BodyId == b.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn > today)),
                db.BodyMeetings.Count(m => m.BodyId == b.Id)))
            .ToListAsync(ct);

    public static async Task<BodyResponse> ResponseAsync(ParticipationDb db, Body body, TimeProvider clock, CancellationToken ct)
    {
        var today = await TimeZones.TodayInProcessAsync(db, body.ProcessId, clock, ct);
        var parentName = body.ParentId is { } parentId ? await db.Bodies.Where(b => b.Id == parentId).Select(b => b.Name).FirstOrDefaultAsync(ct) : null;
        var subGroups = await SummariesAsync(db, db.Bodies.Where(b => b.ParentId == body.Id), today, ct);
        var members = await BodyMembersApi.ListAsync(db, body.Id, db.BodyMembers.Where(m => m.BodyId == body.Id).SeatedOn(today), ct);
        var meetings = await MeetingPeople.MeetingsAsync(db, body.Id, ct);
        return new BodyResponse(body.Id, body.ProcessId, body.ParentId, parentName, body.Name, body.Kind, body.Description, body.Municipality,
            body.DissolvedOn, subGroups, members, meetings);
    }
}
