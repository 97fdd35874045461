using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;
using Participation.Api.Localisation;

namespace Participation.Api.Registrations;

/// <summary>The attendee's form. <see cref="Invitation"/> is the token of a personal invitation link.</summary>
public sealed record RegistrationInput(
    string Name,
    string Email,
    bool PrivacyConsent,
    string? Organisation = null,
    string? Perspective = null,
    string? Language = null,
    string? InterpreterLanguage = null,
    bool NeedsSignLanguage = false,
    string? AccessibilityNeeds = null,
    bool NeedsChildcare = false,
    string? DietaryNeeds = null,
    string? Remarks = null,
    string? Invitation = null,
    int? ConsentVersion = null);

/// <summary>
/// What may be changed of a registration later. Only organisers change the address (a typo on the list);
/// the attendee's own link leaves it as it is.
/// </summary>
public sealed record RegistrationChange(
    string Name,
    string? Organisation = null,
    string? Perspective = null,
    string? Language = null,
    string? InterpreterLanguage = null,
    bool NeedsSignLanguage = false,
    string? AccessibilityNeeds = null,
    bool NeedsChildcare = false,
    string? DietaryNeeds = null,
    string? Remarks = null,
    string? Email = null);

/// <summary>A registration for several events of a series at once.</summary>
public sealed record SeriesRegistrationInput(RegistrationInput Person, IReadOnlyList<Guid> EventIds);

public sealed class RegistrationInputValidator : AbstractValidator<RegistrationInput>
{
    public RegistrationInputValidator(IOptions<RegistrationOptions> registrations, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(254).Must(EmailAddresses.IsValid).WithMessage(_ => text["EmailInvalid"]);
        RuleFor(r => r.PrivacyConsent).Equal(true).WithMessage(_ => text["ConsentRequired"]);
        RuleFor(r => r.Invitation).MaximumLength(1000);
        Include(new PersonDetailsValidator<RegistrationInput>(r => new RegistrationChange(
            r.Name, r.Organisation, r.Perspective, r.Language, r.InterpreterLanguage, r.NeedsSignLanguage,
            r.AccessibilityNeeds, r.NeedsChildcare, r.DietaryNeeds, r.Remarks), registrations.Value, limits.Value, text));
    }
}

public sealed class RegistrationChangeValidator : AbstractValidator<RegistrationChange>
{
    public RegistrationChangeValidator(IOptions<RegistrationOptions> registrations, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        Include(new PersonDetailsValidator<RegistrationChange>(r => r, registrations.Value, limits.Value, text));
        RuleFor(r => r.Email).Must(EmailAddresses.IsValid).When(r => !string.IsNullOrWhiteSpace(r.Email)).WithMessage(_ => text["EmailInvalid"]);
    }
}

public sealed class SeriesRegistrationInputValidator : AbstractValidator<SeriesRegistrationInput>
{
    public SeriesRegistrationInputValidator(IValidator<RegistrationInput> person, IStringLocalizer<Messages> text)
    {
        RuleFor(s => s.Person).NotNull().SetValidator(person);
        RuleFor(s => s.EventIds).NotEmpty().WithMessage(_ => text["SeriesEventsRequired"]);
    }
}

/// <summary>The rules the form and a later change share.</summary>
internal sealed class PersonDetailsValidator<T> : AbstractValidator<T>
{
    public PersonDetailsValidator(Func<T, RegistrationChange> details, RegistrationOptions registrations, LimitsOptions limits, IStringLocalizer<Messages> text)
    {
        RuleFor(r => details(r).Name).NotEmpty().MaximumLength(registrations.NameMaxLength).OverridePropertyName("name");
        RuleFor(r => details(r).Organisation).MaximumLength(limits.ShortTextMaxLength).OverridePropertyName("organisation");
        RuleFor(r => details(r).Perspective).MaximumLength(limits.ShortTextMaxLength).OverridePropertyName("perspective");
        RuleFor(r => details(r).Language).Must(l => l is null || SpokenLanguages.Find(l) is not null)
            .WithMessage(_ => text["LanguageUnknown", string.Join(", ", SpokenLanguages.Codes)]).OverridePropertyName("language");
        RuleFor(r => details(r).InterpreterLanguage).MaximumLength(limits.ShortTextMaxLength).OverridePropertyName("interpreterLanguage");
        RuleFor(r => details(r).AccessibilityNeeds).MaximumLength(limits.ShortTextMaxLength).OverridePropertyName("accessibilityNeeds");
        RuleFor(r => details(r).DietaryNeeds).MaximumLength(limits.ShortTextMaxLength).OverridePropertyName("dietaryNeeds");
        RuleFor(r => details(r).Remarks).MaximumLength(limits.DescriptionMaxLength).OverridePropertyName("remarks");
    }
}
