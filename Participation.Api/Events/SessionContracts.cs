using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Events;

public sealed record SessionInput(
    string Title,
    string? Description = null,
    Guid? AreaId = null,
    string? Location = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    int? Position = null);

/// <summary>A session; times are given in its event's time zone.</summary>
public sealed record SessionResponse(
    Guid Id,
    Guid EventId,
    string Title,
    string? Description,
    Guid? AreaId,
    string? Location,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int Position);

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    public SessionInputValidator(IOptions<LimitsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(s => s.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(s => s.Description).MaximumLength(limits.DescriptionMaxLength);
        RuleFor(s => s.Location).MaximumLength(limits.ShortTextMaxLength);
        RuleFor(s => s.EndsAt).GreaterThan(s => s.StartsAt).When(s => s.StartsAt is not null && s.EndsAt is not null)
            .WithMessage(_ => text["EndBeforeStart"]);
        RuleFor(s => s.Position).InclusiveBetween(0, 10_000);
    }
}

public static class SessionMapping
{
    public static SessionResponse ToResponse(this Session s, string timeZone) => new(
        s.Id, s.EventId, s.Title, s.Description, s.AreaId, s.Location,
        TimeZones.InZone(s.StartsAt, timeZone), TimeZones.InZone(s.EndsAt, timeZone), s.Position);
}
