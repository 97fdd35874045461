using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Registrations;

/// <summary>Filters of the attendee list; all optional.</summary>
public sealed record AttendeeFilter(RegistrationStatus? Status = null, string? Perspective = null, string? Organisation = null, string? Search = null);

/// <summary>The attendee list of the process's organisers: read, filter, count, download, edit, cancel.</summary>
public static class AttendeesApi
{
    public static void MapAttendees(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/events/{id:guid}/registrations").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        events.MapGet("/", ListRegistrations).WithName(nameof(ListRegistrations)).AuditedAsExport(onlyWithQuery: "format")
            .WithSummary("The attendee list, filtered by status, perspective, organisation or a search; ?format=csv or xlsx downloads it.");
        events.MapGet("/summary", SummariseRegistrations).WithName(nameof(SummariseRegistrations))
            .WithSummary("Counts by status, perspective and organisation (cancelled and invited registrations are left out of the last two).");

        var one = routes.MapGroup("/api/registrations/{id:guid}").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        one.MapGet("/", GetRegistration).WithName(nameof(GetRegistration));
        one.MapPut("/", UpdateRegistration).WithName(nameof(UpdateRegistration)).WithValidation<RegistrationChange>();
        one.MapPost("/cancel", CancelRegistration).WithName(nameof(CancelRegistration))
            .WithSummary("Cancels the registration and tells the person; the place goes to the first on the waiting list.");

        var process = routes.MapGroup("/api/processes/{id:guid}").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        process.MapGet("/attendance", AttendanceHistory).WithName(nameof(AttendanceHistory))
            .WithSummary("One person's registrations and check-ins across every event of the process, by email address.");
    }

    public static async Task<Results<Ok<List<RegistrationResponse>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ListRegistrations(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct,
        string? status = null, string? perspective = null, string? organisation = null, string? search = null, string? format = null)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        RegistrationStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<RegistrationStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Validation.Problem("status", text["ValueUnreadable"], text);
            }
            wanted = parsed;
        }
        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            return Validation.Problem("format", text["FormatUnknown", "json, csv, xlsx"], text);
        }
        var list = await ListAsync(db, id, new AttendeeFilter(wanted, perspective, organisation, search), ct);
        var rows = list.Select(r => r.Registration.ToResponse(@event!.TimeZone, r.Position)).ToList();
        var name = $"{Files.SafeName(@event!.Title)}-{text["Export.AttendeesFileName"]}";
        return format switch
        {
            "csv" => TypedResults.File(AttendeeExports.Csv(rows, text), "text/csv; charset=utf-8", $"{name}.csv"),
            "xlsx" => TypedResults.File(AttendeeExports.Xlsx(rows, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx"),
            _ => TypedResults.Ok(rows),
        };
    }

    public static async Task<Results<Ok<RegistrationSummary>, ProblemHttpResult>> SummariseRegistrations(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var all = await db.Registrations.AsNoTracking().Where(r => r.EventId == id)
            .Select(r => new { r.Status, r.Perspective, r.Organisation }).ToListAsync(ct);
        var coming = all.Where(r => r.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.Invited)).ToList();
        static Dictionary<string, int> Count(IEnumerable<string?> values) =>
            values.GroupBy(v => v ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return TypedResults.Ok(new RegistrationSummary(
            Enum.GetValues<RegistrationStatus>().ToDictionary(s => s.ToString(), s => all.Count(r => r.Status == s)),
            Count(coming.Select(r => r.Perspective)), Count(coming.Select(r => r.Organisation)), all.Count));
    }

    public static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> GetRegistration(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, CancellationToken ct)
    {
        var (registration, zone, denied) = await access.RegistrationForAsync(user, db, id, ProcessRole.Organiser, ct);
        return denied is not null ? denied : TypedResults.Ok(registration!.ToResponse(zone));
    }

    public static async Task<Results<Ok<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> UpdateRegistration(
        Guid id, RegistrationChange change, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, zone, denied) = await access.RegistrationForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        return (await registrations.ChangeAsync(id, change, ct)).Select(r => r.ToResponse(zone)).ToHttp(text);
    }

    public static async Task<Results<Ok<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> CancelRegistration(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations, CancellationToken ct)
    {
        var (_, zone, denied) = await access.RegistrationForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var cancelled = await registrations.CancelAsync(id, byOrganiser: true, ct);
        return cancelled.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(cancelled.Value!.ToResponse(zone));
    }

    public static async Task<Results<Ok<List<AttendanceHistoryEntry>>, ValidationProblem, ProblemHttpResult>> AttendanceHistory(
        Guid id, string email, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (!EmailAddresses.IsValid(email))
        {
            return Validation.Problem("email", text["EmailInvalid"], text);
        }
        var address = EmailAddresses.Normalize(email);
        var found = await db.Registrations.AsNoTracking().Where(r => r.ProcessId == id && r.Email == address)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Registration = r, Event = e }).ToListAsync(ct);
        return TypedResults.Ok(found.OrderBy(f => f.Event.StartsAt).Select(f => new AttendanceHistoryEntry(
            f.Registration.Id, f.Event.Id, f.Event.Title, TimeZones.InZone(f.Event.StartsAt, f.Event.TimeZone), f.Registration.Status,
            TimeZones.InZone(f.Registration.CheckedInAt, f.Event.TimeZone))).ToList());
    }

    /// <summary>The filtered list, by status then name, with each waiting person's place in the queue.</summary>
    public static async Task<List<(Registration Registration, int? Position)>> ListAsync(ParticipationDb db, Guid eventId, AttendeeFilter filter, CancellationToken ct)
    {
        var all = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync(ct);
        var queue = all.Where(r => r.Status == RegistrationStatus.WaitingList).OrderBy(r => r.WaitingSince).ThenBy(r => r.CreatedAt)
            .Select((r, i) => (r.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        var search = filter.Search?.Trim();
        return all
            .Where(r => filter.Status is null || r.Status == filter.Status)
            .Where(r => string.IsNullOrWhiteSpace(filter.Perspective) || string.Equals(r.Perspective, filter.Perspective.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrWhiteSpace(filter.Organisation) || string.Equals(r.Organisation, filter.Organisation.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrEmpty(search) || r.Name.Contains(search, StringComparison.CurrentCultureIgnoreCase)
                || (r.Email?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)
                || (r.Organisation?.Contains(search, StringComparison.CurrentCultureIgnoreCase) ?? false))
            .OrderBy(r => r.Status).ThenBy(r => queue.GetValueOrDefault(r.Id)).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => (r, queue.TryGetValue(r.Id, out var position) ? position : (int?)null)).ToList();
    }
}
