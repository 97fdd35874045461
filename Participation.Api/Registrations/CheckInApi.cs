using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Registrations;

/// <summary>The door: facilitators check people in by ticket or by name, and add walk-ins.</summary>
public static class CheckInApi
{
    public static void MapCheckIns(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events/{id:guid}").WithTags("Check-in").RequireAuthorization().WithStandardProblems();
        group.MapPost("/checkins", CheckIn).WithName(nameof(CheckIn)).WithValidation<CheckInInput>()
            .WithSummary("Checks a person in by ticket code or registration id; someone without a place needs force=true.");
        group.MapDelete("/checkins/{registrationId:guid}", UndoCheckIn).WithName(nameof(UndoCheckIn)).WithSummary("Takes back a check-in made by mistake.");
        group.MapGet("/checkins/search", SearchAtDoor).WithName(nameof(SearchAtDoor)).WithSummary("Finds registrations by name, organisation or email.");
        group.MapPost("/walk-ins", WalkIn).WithName(nameof(WalkIn)).WithValidation<WalkInInput>()
            .WithSummary("Adds someone who came without registering, checked in at once.");
    }

    public static async Task<Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> CheckIn(
        Guid id, CheckInInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return denied;
        }
        var wasIn = await db.Registrations.AsNoTracking().AnyAsync(r => r.EventId == id && r.Status == RegistrationStatus.CheckedIn
            && (input.TicketCode != null ? r.TicketCode == ShortCodes.Normalize(input.TicketCode) : r.Id == input.RegistrationId), ct);
        var outcome = await registrations.CheckInAsync(id, input, ct);
        return Answer(outcome, @event!.TimeZone, wasIn, text);
    }

    public static async Task<Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> UndoCheckIn(
        Guid id, Guid registrationId, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        return denied is not null ? denied : Answer(await registrations.UndoCheckInAsync(id, registrationId, ct), @event!.TimeZone, false, text);
    }

    public static async Task<Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> WalkIn(
        Guid id, WalkInInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        return denied is not null ? denied : Answer(await registrations.WalkInAsync(id, input, ct), @event!.TimeZone, false, text);
    }

    public static async Task<Results<Ok<List<CheckInResponse>>, ProblemHttpResult>> SearchAtDoor(
        Guid id, string? q, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IOptions<RegistrationOptions> options,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        if (denied is not null)
        {
            return denied;
        }
        var found = await AttendeesApi.ListAsync(db, id, new AttendeeFilter(Search: q), ct);
        return TypedResults.Ok(found.Where(f => f.Registration.Status != RegistrationStatus.Cancelled)
            .OrderBy(f => f.Registration.Name, StringComparer.CurrentCultureIgnoreCase).Take(options.Value.SearchResultsMax)
            .Select(f => f.Registration.ToCheckIn(@event!.TimeZone, false, text)).ToList());
    }

    private static Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult> Answer(
        Outcome<Registration> outcome, string zone, bool wasIn, IStringLocalizer<Messages> text) =>
        outcome.Select(r => r.ToCheckIn(zone, wasIn, text)).ToHttp(text);

    private static CheckInResponse ToCheckIn(this Registration r, string zone, bool wasIn, IStringLocalizer<Messages> text) =>
        new(r.Id, r.Name, r.Organisation, r.Perspective, r.Status, TimeZones.InZone(r.CheckedInAt, zone), wasIn, r.NeedsSummary(key => text[key]));
}

public sealed class CheckInInputValidator : AbstractValidator<CheckInInput>
{
    public CheckInInputValidator(IStringLocalizer<Messages> text)
    {
        RuleFor(c => c.TicketCode).NotEmpty().When(c => c.RegistrationId is null).WithMessage(_ => text["TicketOrRegistration"]);
        RuleFor(c => c.TicketCode).MaximumLength(64);
    }
}

public sealed class WalkInInputValidator : AbstractValidator<WalkInInput>
{
    public WalkInInputValidator(IOptions<RegistrationOptions> options, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        RuleFor(w => w.Name).NotEmpty().MaximumLength(options.Value.NameMaxLength);
        RuleFor(w => w.Email).Must(EmailAddresses.IsValid).When(w => !string.IsNullOrWhiteSpace(w.Email)).WithMessage(_ => text["EmailInvalid"]);
        RuleFor(w => w.Organisation).MaximumLength(limits.Value.ShortTextMaxLength);
        RuleFor(w => w.Perspective).MaximumLength(limits.Value.ShortTextMaxLength);
    }
}
