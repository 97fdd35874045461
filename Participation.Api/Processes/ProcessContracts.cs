using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Processes;

/// <summary>What a client sends to create or replace a process.</summary>
public sealed record ProcessInput(
    string Title,
    string? Description = null,
    string? Organisation = null,
    ProcessStatus Status = ProcessStatus.Planning,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    string? TimeZone = null,
    string? MailSenderName = null,
    string? MailReplyTo = null,
    int? RetentionDays = null);

public sealed record ProcessResponse(
    Guid Id,
    string Title,
    string? Description,
    string? Organisation,
    ProcessStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string TimeZone,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? MailSenderName,
    string? MailReplyTo,
    int? RetentionDays);

public sealed class ProcessInputValidator : AbstractValidator<ProcessInput>
{
    public ProcessInputValidator(IOptions<LimitsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(p => p.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(p => p.Description).MaximumLength(limits.DescriptionMaxLength);
        RuleFor(p => p.Organisation).MaximumLength(limits.ShortTextMaxLength);
        RuleFor(p => p.Status).IsInEnum();
        RuleFor(p => p.EndsOn).GreaterThanOrEqualTo(p => p.StartsOn).When(p => p.StartsOn is not null && p.EndsOn is not null)
            .WithMessage(_ => text["EndBeforeStart"]);
        RuleFor(p => p.TimeZone).Must(TimeZones.IsKnown).When(p => p.TimeZone is not null)
            .WithMessage(_ => text["UnknownTimeZone"]);
        RuleFor(p => p.MailSenderName).MaximumLength(limits.ShortTextMaxLength);
        RuleFor(p => p.RetentionDays).InclusiveBetween(1, 3650);
        RuleFor(p => p.MailReplyTo).Must(EmailAddresses.IsValid).When(p => !string.IsNullOrWhiteSpace(p.MailReplyTo)).WithMessage(_ => text["EmailInvalid"]);
    }
}

public static class ProcessMapping
{
    public static ProcessResponse ToResponse(this Process p) => new(
        p.Id, p.Title, p.Description, p.Organisation, p.Status, p.StartsOn, p.EndsOn, p.TimeZone,
        new DateTimeOffset(p.CreatedAt), new DateTimeOffset(p.UpdatedAt), p.MailSenderName, p.MailReplyTo, p.RetentionDays);
}
