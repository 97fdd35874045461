using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Registrations.Printing;
using Participation.Api.Security;

namespace Participation.Api.Registrations;

/// <summary>What organisers send: invitations, a message to everyone coming, attendance certificates.</summary>
public static class MailingsApi
{
    public static void MapMailings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events/{id:guid}").WithTags("Registration (organisers)").RequireAuthorization().WithStandardProblems();
        group.MapPost("/invitations", Invite).WithName(nameof(Invite))
            .WithBodySizeLimit(UploadBytes.Import(routes.ServiceProvider.GetRequiredService<IConfiguration>()))
            .WithSummary("Invites people by pasted addresses or CSV (columns name, email, organisation, perspective); good lines go in, bad ones are reported by line.");
        group.MapPost("/messages", MessageAttendees).WithName(nameof(MessageAttendees)).WithValidation<AttendeeMessageInput>()
            .WithSummary("Writes to everyone confirmed or checked in (and, if asked, the waiting list).");
        group.MapPost("/certificates", SendCertificates).WithName(nameof(SendCertificates))
            .WithSummary("Sends the attendance certificate (PDF) to everyone checked in who has not had one; ?again=true sends it to all of them.");
    }

    public static async Task<Results<Ok<InvitationReport>, ValidationProblem, ProblemHttpResult>> Invite(
        Guid id, InvitationInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IOptions<RegistrationOptions> options, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return denied;
        }
        if ((input.Csv?.Length ?? 0) + (input.Addresses?.Length ?? 0) > options.Value.MaxImportKilobytes * 1024)
        {
            return Validation.Problem("csv", text["ImportTooLarge", options.Value.MaxImportKilobytes], text);
        }
        return (await registrations.InviteAsync(id, input, ct)).ToHttp(text);
    }

    public static async Task<Results<Ok<MailingReport>, ValidationProblem, ProblemHttpResult>> MessageAttendees(
        Guid id, AttendeeMessageInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        return denied is not null ? denied : (await registrations.MessageAttendeesAsync(id, input, ct)).ToHttp(text);
    }

    public static async Task<Results<Ok<MailingReport>, ValidationProblem, ProblemHttpResult>> SendCertificates(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, RegistrationService registrations, RegistrationPrints prints,
        IStringLocalizer<Messages> text, CancellationToken ct, bool again = false)
    {
        var (_, denied) = await access.EventForAsync(user, db, id, ProcessRole.Organiser, ct);
        return denied is not null ? denied : (await registrations.SendCertificatesAsync(id, again, prints, ct)).ToHttp(text);
    }
}

public sealed class AttendeeMessageInputValidator : AbstractValidator<AttendeeMessageInput>
{
    public AttendeeMessageInputValidator(IOptions<RegistrationOptions> options, IOptions<LimitsOptions> limits)
    {
        RuleFor(m => m.Subject).NotEmpty().MaximumLength(limits.Value.TitleMaxLength);
        RuleFor(m => m.Body).NotEmpty().MaximumLength(options.Value.MessageMaxLength);
    }
}
