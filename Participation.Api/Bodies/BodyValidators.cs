using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;
using Participation.Api.Localisation;
using Participation.Api.Registrations;

namespace Participation.Api.Bodies;

public sealed class BodyInputValidator : AbstractValidator<BodyInput>
{
    public BodyInputValidator(IOptions<BodiesOptions> bodies, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        RuleFor(b => b.Name).NotEmpty().MaximumLength(bodies.Value.NameMaxLength);
        RuleFor(b => b.Kind).IsInEnum();
        RuleFor(b => b.Description).MaximumLength(limits.Value.DescriptionMaxLength);
        RuleFor(b => b.Municipality).MaximumLength(bodies.Value.MunicipalityMaxLength).WithName(_ => text["Body.Field.Municipality"]);
    }
}

/// <summary>The rules a seat obeys on its own; whom a deputy stands in for is checked against the body by the handler.</summary>
public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator(
        IOptions<RegistrationOptions> registrations, IOptions<LimitsOptions> limits, IOptions<BodiesOptions> bodies, TimeProvider clock, IStringLocalizer<Messages> text)
    {
        RuleFor(m => m.JoinedOn).InRange(bodies.Value, clock, text);
        // A person's name follows the registration setting, as far as the column of a seat holds it.
        RuleFor(m => m.Name).NotEmpty().MaximumLength(Math.Min(registrations.Value.NameMaxLength, BodyMemberConfiguration.NameColumnLength));
        RuleFor(m => m.Role).IsInEnum();
        RuleFor(m => m.Organisation).MaximumLength(limits.Value.ShortTextMaxLength);
        RuleFor(m => m.Perspective).MaximumLength(limits.Value.ShortTextMaxLength);
        RuleFor(m => m.Email).Must(EmailAddresses.IsValid).When(m => !string.IsNullOrWhiteSpace(m.Email)).WithMessage(_ => text["EmailInvalid"]);
        RuleFor(m => m.DeputyForId).NotNull().When(m => m.Role == MemberRole.Deputy).WithMessage(_ => text["Body.DeputyNeedsPrincipal"]);
        RuleFor(m => m.DeputyForId).Null().When(m => m.Role != MemberRole.Deputy).WithMessage(_ => text["Body.OnlyDeputiesStandIn"]);
    }
}

public sealed class MeetingInvitationInputValidator : AbstractValidator<MeetingInvitationInput>
{
    public MeetingInvitationInputValidator(IStringLocalizer<Messages> text)
    {
        RuleFor(i => i.Language).Must(l => l is null || SpokenLanguages.Find(l) is not null)
            .WithMessage(_ => text["LanguageUnknown", string.Join(", ", SpokenLanguages.Codes)]);
    }
}

public sealed class AttendanceInputValidator : AbstractValidator<AttendanceInput>
{
    public AttendanceInputValidator(IOptions<BodiesOptions> bodies, IStringLocalizer<Messages> text)
    {
        RuleFor(a => a.Entries).Cascade(CascadeMode.Stop).NotNull()
            .Must(e => e.Count <= bodies.Value.MaxAttendanceEntries).WithMessage(_ => text["Body.TooManyAttendanceEntries", bodies.Value.MaxAttendanceEntries])
            .Must(e => e.Select(x => x.MemberId).Distinct().Count() == e.Count).WithMessage(_ => text["Body.AttendanceTwice"]);
        RuleForEach(a => a.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Kind).IsInEnum().NotEqual(AttendanceKind.Invited).WithMessage(_ => text["Body.AttendanceKind"]);
            entry.RuleFor(e => e.StoodInForId).Null().When(e => e.Kind != AttendanceKind.Present).WithMessage(_ => text["Body.StoodInOnlyWhenPresent"]);
        });
    }
}

public sealed class DissolveInputValidator : AbstractValidator<DissolveInput>
{
    public DissolveInputValidator(IOptions<BodiesOptions> bodies, TimeProvider clock, IStringLocalizer<Messages> text) =>
        RuleFor(d => d.DissolvedOn).InRange(bodies.Value, clock, text);
}

public sealed class LeaveInputValidator : AbstractValidator<LeaveInput>
{
    public LeaveInputValidator(IOptions<BodiesOptions> bodies, TimeProvider clock, IStringLocalizer<Messages> text) =>
        RuleFor(l => l.LeftOn).InRange(bodies.Value, clock, text);
}

internal static class BodyDateRules
{
    /// <summary>
    /// A day of a seat or of dissolving lies between 1 January of <see cref="BodiesOptions.EarliestYear"/> and
    /// <see cref="BodiesOptions.DaysAhead"/> days after today (UTC, a day's leeway for the process's zone).
    /// </summary>
    public static void InRange<T>(this IRuleBuilder<T, DateOnly?> rule, BodiesOptions options, TimeProvider clock, IStringLocalizer<Messages> text)
    {
        var first = new DateOnly(options.EarliestYear, 1, 1);
        var last = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(options.DaysAhead + 1);
        rule.Must(d => d is null || (d >= first && d <= last))
            .WithMessage(_ => text["Body.DateOutOfRange", first.ToString("d", CultureInfo.CurrentCulture), last.ToString("d", CultureInfo.CurrentCulture)]);
    }
}
