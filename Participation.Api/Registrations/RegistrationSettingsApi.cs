using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Registrations;

public static class RegistrationSettingsApi
{
    public static void MapRegistrationSettings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events/{id:guid}/registration-settings").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        group.MapGet("/", GetRegistrationSettings).WithName(nameof(GetRegistrationSettings))
            .WithSummary("The event's registration settings with places taken and the waiting list's length (defaults when never opened).");
        group.MapPut("/", PutRegistrationSettings).WithName(nameof(PutRegistrationSettings)).WithValidation<RegistrationSettingsInput>()
            .WithSummary("Opens, closes or changes registration; added places go to the waiting list at once.");
    }

    public static async Task<Results<Ok<RegistrationSettingsResponse>, ProblemHttpResult>> GetRegistrationSettings(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations, CancellationToken ct)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Facilitator, ct);
        return denied is not null ? denied : TypedResults.Ok((await registrations.SettingsAsync(id, ct))!);
    }

    public static async Task<Results<Ok<RegistrationSettingsResponse>, ValidationProblem, ProblemHttpResult>> PutRegistrationSettings(
        Guid id, RegistrationSettingsInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        var saved = await registrations.SaveSettingsAsync(id, input, ct);
        if (saved.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }
        return TypedResults.Ok((await registrations.SettingsAsync(id, ct))!);
    }
}
