using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

public enum Access
{
    Granted,
    NotFound,
    Forbidden,
}

/// <summary>
/// The one place that decides what an account may do in a process. Every
/// handler that touches a process, or anything inside one, asks here first.
/// </summary>
public sealed class ProcessAccess(ParticipationDb db, IStringLocalizer<Messages> text)
{
    /// <summary>
    /// Null when the caller may act; otherwise the problem to answer with.
    /// <paramref name="processId"/> is null when the thing asked for (named by <paramref name="what"/>) does not exist.
    /// </summary>
    public async Task<ProblemHttpResult?> DenyAsync(
        ClaimsPrincipal user, Guid? processId, ProcessRole needed, CancellationToken ct, string what = "Process") =>
        processId is null
            ? Problems.NotFound(text, what)
            : await CheckAsync(user, processId.Value, needed, ct) switch
            {
                Access.Granted => null,
                Access.NotFound => Problems.NotFound(text, what),
                _ => Problems.Forbidden(text),
            };

    public async Task<Access> CheckAsync(ClaimsPrincipal user, Guid processId, ProcessRole needed, CancellationToken ct = default)
    {
        if (!await db.Processes.AnyAsync(p => p.Id == processId, ct))
        {
            return Access.NotFound;
        }
        if (user.IsInRole(Roles.Administrator))
        {
            return Access.Granted;
        }
        var accountId = user.AccountId();
        if (accountId is null)
        {
            return Access.Forbidden;
        }
        var role = await db.Memberships
            .Where(m => m.ProcessId == processId && m.AccountId == accountId)
            .Select(m => (ProcessRole?)m.Role)
            .FirstOrDefaultAsync(ct);
        return role >= needed ? Access.Granted : Access.Forbidden;
    }

    /// <summary>The processes an account may see; null means all of them (administrators).</summary>
    public IQueryable<Guid>? VisibleProcessIds(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return null;
        }
        var accountId = user.AccountId() ?? Guid.Empty;
        return db.Memberships.Where(m => m.AccountId == accountId).Select(m => m.ProcessId);
    }
}

public static class ClaimsPrincipalExtensions
{
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
