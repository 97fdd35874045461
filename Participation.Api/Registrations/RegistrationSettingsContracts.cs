using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

public sealed record RegistrationSettingsInput(
    bool IsOpen,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    int? Capacity = null,
    bool KeepsWaitingList = true,
    RegistrationAccess Access = RegistrationAccess.Open,
    bool SendsReminder = true,
    int ReminderHoursBefore = 48,
    string? ReminderText = null);

/// <summary>The settings and the numbers an organiser decides them by.</summary>
public sealed record RegistrationSettingsResponse(
    Guid EventId,
    bool IsOpen,
    bool IsAcceptingNow,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    int? Capacity,
    bool KeepsWaitingList,
    RegistrationAccess Access,
    bool SendsReminder,
    int ReminderHoursBefore,
    string? ReminderText,
    int PlacesTaken,
    int? PlacesLeft,
    int WaitingListLength,
    int CheckedIn);

public sealed class RegistrationSettingsInputValidator : AbstractValidator<RegistrationSettingsInput>
{
    public RegistrationSettingsInputValidator(IOptions<RegistrationOptions> registrations, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        RuleFor(s => s.ClosesAt).GreaterThan(s => s.OpensAt).When(s => s.OpensAt is not null && s.ClosesAt is not null)
            .WithMessage(_ => text["EndBeforeStart"]);
        RuleFor(s => s.Capacity).InclusiveBetween(1, limits.Value.MaxEventCapacity);
        RuleFor(s => s.Access).IsInEnum();
        RuleFor(s => s.ReminderHoursBefore).InclusiveBetween(1, registrations.Value.ReminderHoursBeforeMax);
        RuleFor(s => s.ReminderText).MaximumLength(limits.Value.DescriptionMaxLength);
    }
}
