using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations.Printing;

namespace Participation.Api.Registrations;

/// <summary>Paper for the door: the signature list funders ask for, and name badges.</summary>
public static class PrintsApi
{
    public static void MapPrints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events/{id:guid}").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        group.MapGet("/attendance-list.pdf", AttendanceListPdf).WithName(nameof(AttendanceListPdf)).AuditedAsExport()
            .WithSummary("The signature list of everyone with a place or checked in, by name, with empty lines for walk-ins.");
        group.MapGet("/badges.pdf", BadgesPdf).WithName(nameof(BadgesPdf)).AuditedAsExport().WithSummary("Name badges, eight to an A4 page.");
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> AttendanceListPdf(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationPrints prints, IStringLocalizer<Messages> text, CancellationToken ct) =>
        PrintAsync(id, user, db, access, text, "Export.AttendanceListFileName", (e, people) => prints.AttendanceList(e, people), ct);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> BadgesPdf(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationPrints prints, IStringLocalizer<Messages> text, CancellationToken ct) =>
        PrintAsync(id, user, db, access, text, "Export.BadgesFileName", (e, people) => prints.Badges(e, people), ct);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PrintAsync(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, string fileName,
        Func<PrintedEvent, IReadOnlyList<PrintedAttendee>, byte[]> print, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return denied;
        }
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == @event!.ProcessId, ct);
        var people = (await db.Registrations.AsNoTracking()
                .Where(r => r.EventId == id && RegistrationStatusExtensions.PlaceHolding.Contains(r.Status))
                .Select(r => new PrintedAttendee(r.Name, r.Organisation, r.Perspective)).ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return TypedResults.File(print(@event!.ToPrinted(process), people), "application/pdf", $"{Files.SafeName(@event!.Title)}-{text[fileName]}.pdf");
    }
}
