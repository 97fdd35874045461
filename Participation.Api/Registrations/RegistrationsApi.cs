using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Qr;
using Participation.Api.Security;

namespace Participation.Api.Registrations;

/// <summary>What attendees do, without an account: sign up, confirm, and use the link in their emails.</summary>
public static class RegistrationsApi
{
    public static void MapRegistrations(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Registration").AllowAnonymous().WithStandardProblems();
        api.MapPost("/events/{id:guid}/registrations", Register).WithName(nameof(Register)).WithValidation<RegistrationInput>().RequireRateLimiting(RateLimits.Registration)
            .WithSummary("Signs up for an event. Answers 202: the place is held until the address is confirmed by the emailed link.");
        api.MapPost("/series/{id:guid}/registrations", RegisterForSeries).WithName(nameof(RegisterForSeries)).WithValidation<SeriesRegistrationInput>().RequireRateLimiting(RateLimits.Registration)
            .WithSummary("Signs up for several workshops of a series at once.");
        api.MapPost("/registrations/confirm", Confirm).WithName(nameof(Confirm))
            .WithSummary("Confirms the address with the token from the confirmation email (the email's link does the same with a GET on the page).");

        var mine = api.MapGroup("/registrations/mine").WithSummary("The registration the token of the emailed link opens.");
        mine.MapGet("/", GetMine).WithName(nameof(GetMine));
        mine.MapPut("/", ChangeMine).WithName(nameof(ChangeMine)).WithValidation<RegistrationChange>();
        mine.MapPost("/cancel", CancelMine).WithName(nameof(CancelMine));
        mine.MapGet("/ticket.svg", MyTicket).WithName(nameof(MyTicket)).WithSummary("The ticket's QR code, once the place is certain.");
    }

    public static async Task<Results<Accepted<RegistrationReceipt>, ValidationProblem, ProblemHttpResult>> Register(
        Guid id, RegistrationInput input, RegistrationService registrations, IStringLocalizer<Messages> text, CancellationToken ct) =>
        Accept(await registrations.RegisterAsync(id, input, ct), text);

    public static async Task<Results<Accepted<List<RegistrationReceipt>>, ValidationProblem, ProblemHttpResult>> RegisterForSeries(
        Guid id, SeriesRegistrationInput input, RegistrationService registrations, IStringLocalizer<Messages> text, CancellationToken ct) =>
        Accept(await registrations.RegisterForSeriesAsync(id, input, ct), text);

    public static async Task<Results<Ok<OwnRegistrationResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        string token, RegistrationService registrations, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await OwnAsync(await registrations.ConfirmAsync(token, ct), db, text, ct);

    public static async Task<Results<Ok<OwnRegistrationResponse>, ValidationProblem, ProblemHttpResult>> GetMine(
        string token, RegistrationService registrations, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await OwnAsync(await FindAsync(token, registrations, text, ct), db, text, ct);

    public static async Task<Results<Ok<OwnRegistrationResponse>, ValidationProblem, ProblemHttpResult>> ChangeMine(
        string token, RegistrationChange change, RegistrationService registrations, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var found = await FindAsync(token, registrations, text, ct);
        if (found.Value is { Status: RegistrationStatus.Cancelled })
        {
            found = new Refusal(RefusalKind.Conflict, text["RegistrationCancelled"]);
        }
        return await OwnAsync(found.Value is { } r ? await registrations.ChangeAsync(r.Id, change with { Email = null }, ct) : found, db, text, ct);
    }

    public static async Task<Results<Ok<OwnRegistrationResponse>, ValidationProblem, ProblemHttpResult>> CancelMine(
        string token, RegistrationService registrations, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var found = await FindAsync(token, registrations, text, ct);
        return await OwnAsync(found.Value is { } r ? await registrations.CancelAsync(r.Id, byOrganiser: false, ct) : found, db, text, ct);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> MyTicket(
        string token, RegistrationService registrations, QrCodes qr, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var found = await FindAsync(token, registrations, text, ct);
        if (found.Value is not { Status: RegistrationStatus.Confirmed or RegistrationStatus.CheckedIn } registration)
        {
            return found.Refusal?.ToProblem() ?? new Refusal(RefusalKind.Conflict, text["TicketNotYet"]).ToProblem();
        }
        return TypedResults.Content(qr.Svg(registration.TicketCode), "image/svg+xml");
    }

    private static async Task<Outcome<Registration>> FindAsync(string token, RegistrationService registrations, IStringLocalizer<Messages> text, CancellationToken ct) =>
        await registrations.FindByManageTokenAsync(token, ct) is { } found ? found : new Refusal(RefusalKind.NotFound, text["LinkInvalid"]);

    private static async Task<Results<Ok<OwnRegistrationResponse>, ValidationProblem, ProblemHttpResult>> OwnAsync(
        Outcome<Registration> outcome, ParticipationDb db, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (outcome.Refusal is not null)
        {
            return outcome.ToHttp(text).Result switch
            {
                ValidationProblem invalid => invalid,
                var problem => (ProblemHttpResult)problem,
            };
        }
        var registration = outcome.Value!;
        var title = await db.Events.Where(e => e.Id == registration.EventId).Select(e => e.Title).FirstAsync(ct);
        return TypedResults.Ok(registration.ToOwnResponse(title));
    }

    private static Results<Accepted<T>, ValidationProblem, ProblemHttpResult> Accept<T>(Outcome<T> outcome, IStringLocalizer<Messages> text) =>
        outcome.ToHttp(text).Result switch
        {
            Ok<T> ok => TypedResults.Accepted((string?)null, ok.Value),
            ValidationProblem invalid => invalid,
            var problem => (ProblemHttpResult)problem,
        };
}
