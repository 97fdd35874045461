using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Api.Bodies;

public static class BodyAccess
{
    /// <summary>The body (tracked, so the caller may change it) when the caller has the role in its process; else the problem.</summary>
    public static async Task<(Body? Body, ProblemHttpResult? Denied)> BodyForAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid bodyId, ProcessRole role, CancellationToken ct)
    {
        var body = await db.Bodies.FirstOrDefaultAsync(b => b.Id == bodyId, ct);
        var denied = await access.DenyAsync(user, body?.ProcessId, role, ct, "Body");
        return denied is null ? (body, null) : (null, denied);
    }
}
