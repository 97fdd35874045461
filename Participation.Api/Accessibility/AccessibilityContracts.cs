using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Events;
using Participation.Api.Extensions;

namespace Participation.Api.Accessibility;

public sealed record AccessibilityStatementInput(
    string Statement, Compliance? Compliance, string? NonAccessibleContent, DateOnly? PreparedOn,
    string ContactEmail, string? ContactPhone, string? ContactAddress, string EnforcementText, string EnforcementUrl);

public sealed record AccessibilityStatementResponse(
    int Version, string Statement, Compliance Compliance, string? NonAccessibleContent, DateOnly? PreparedOn,
    string? ContactEmail, string? ContactPhone, string? ContactAddress, string EnforcementText, string EnforcementUrl,
    DateTimeOffset? CreatedAt, string? CreatedByName, bool IsDefault = false);

public sealed class AccessibilityStatementInputValidator : AbstractValidator<AccessibilityStatementInput>
{
    public AccessibilityStatementInputValidator(IOptions<AccessibilityOptions> options, IOptions<LimitsOptions> limits, IStringLocalizer<Messages> text)
    {
        var o = options.Value;
        RuleFor(s => s.Statement).NotEmpty().MaximumLength(o.StatementMaxLength);
        RuleFor(s => s.Compliance).NotNull().IsInEnum();
        RuleFor(s => s.NonAccessibleContent).MaximumLength(o.NonAccessibleContentMaxLength);
        RuleFor(s => s.NonAccessibleContent).NotEmpty().When(s => s.Compliance != Compliance.Full)
            .WithMessage(_ => text["Accessibility.NonAccessibleRequired"]);
        RuleFor(s => s.PreparedOn).NotNull();
        RuleFor(s => s.ContactEmail).NotEmpty().Must(EmailAddresses.IsValid).WithMessage(_ => text["EmailInvalid"]);
        RuleFor(s => s.ContactPhone).MaximumLength(o.ContactMaxLength);
        RuleFor(s => s.ContactAddress).MaximumLength(o.ContactMaxLength);
        RuleFor(s => s.EnforcementText).NotEmpty().MaximumLength(o.ContactMaxLength);
        RuleFor(s => s.EnforcementUrl).NotEmpty().MaximumLength(limits.Value.UrlMaxLength)
            .Must(EventInputValidator.BeAWebAddress).WithMessage(_ => text["NotAWebAddress"]);
    }
}

public static class AccessibilityStatementMapping
{
    public static AccessibilityStatementResponse ToResponse(this AccessibilityStatement s) =>
        new(s.Version, s.Statement, s.Compliance, s.NonAccessibleContent, s.PreparedOn, s.ContactEmail, s.ContactPhone, s.ContactAddress,
            s.EnforcementText, s.EnforcementUrl, new DateTimeOffset(s.CreatedAt), s.CreatedByName);
}
