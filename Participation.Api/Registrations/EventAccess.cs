using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;

namespace Participation.Api.Registrations;

public static class EventAccess
{
    /// <summary>The event, when the caller has the role in its process; else the problem to answer with.</summary>
    public static async Task<(Event? Event, ProblemHttpResult? Denied)> EventForAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid eventId, ProcessRole role, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var denied = await access.DenyAsync(user, @event?.ProcessId, role, ct, "Event");
        return denied is null ? (@event, null) : (null, denied);
    }

    /// <summary>The registration and its event's time zone, when the caller has the role in its process.</summary>
    public static async Task<(Registration? Registration, string TimeZone, ProblemHttpResult? Denied)> RegistrationForAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid registrationId, ProcessRole role, CancellationToken ct)
    {
        var found = await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Registration = r, e.TimeZone }).FirstOrDefaultAsync(ct);
        var denied = await access.DenyAsync(user, found?.Registration.ProcessId, role, ct, "Registration");
        return denied is null ? (found!.Registration, found.TimeZone, null) : (null, "", denied);
    }
}
