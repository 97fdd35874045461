using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Events;

/// <summary>What a client sends to create or replace an event. Times carry their offset (ISO 8601).</summary>
public sealed record EventInput(
    string Title,
    EventKind Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue = null,
    string? OnlineUrl = null,
    int? Capacity = null,
    string? Description = null,
    IReadOnlyList<Guid>? AreaIds = null,
    Guid? SeriesId = null,
    string? TimeZone = null,
    bool IsPublic = false);

/// <summary>An event; times are given in the event's own time zone.</summary>
public sealed record EventResponse(
    Guid Id,
    Guid ProcessId,
    Guid? SeriesId,
    string Title,
    EventKind Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Venue,
    string? OnlineUrl,
    int? Capacity,
    string? Description,
    IReadOnlyList<Guid> AreaIds,
    bool IsPublic);

public sealed class EventInputValidator : AbstractValidator<EventInput>
{
    public EventInputValidator(IOptions<LimitsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(e => e.Title).NotEmpty().MaximumLength(limits.TitleMaxLength);
        RuleFor(e => e.Kind).IsInEnum();
        RuleFor(e => e.StartsAt).NotEmpty();
        RuleFor(e => e.EndsAt).NotEmpty();
        RuleFor(e => e.EndsAt).GreaterThan(e => e.StartsAt).When(e => e.StartsAt != default && e.EndsAt != default)
            .WithMessage(_ => text["EndBeforeStart"]);
        RuleFor(e => e.EndsAt)
            .Must((e, ends) => ends - e.StartsAt <= TimeSpan.FromDays(limits.MaxEventDurationDays))
            .When(e => e.StartsAt != default && e.EndsAt > e.StartsAt)
            .WithMessage(_ => text["EventTooLong", limits.MaxEventDurationDays]);
        RuleFor(e => e.Venue).MaximumLength(limits.ShortTextMaxLength);
        RuleFor(e => e.Venue).NotEmpty().When(e => string.IsNullOrWhiteSpace(e.OnlineUrl)).WithMessage(_ => text["VenueOrOnlineUrl"]);
        RuleFor(e => e.OnlineUrl).MaximumLength(limits.UrlMaxLength);
        RuleFor(e => e.OnlineUrl).Must(BeAWebAddress).When(e => !string.IsNullOrWhiteSpace(e.OnlineUrl)).WithMessage(_ => text["NotAWebAddress"]);
        RuleFor(e => e.Capacity).InclusiveBetween(1, limits.MaxEventCapacity);
        RuleFor(e => e.Description).MaximumLength(limits.DescriptionMaxLength);
        RuleFor(e => e.AreaIds).Must(ids => ids!.Count <= limits.MaxAreasPerProcess).When(e => e.AreaIds is not null)
            .WithMessage(_ => text["TooManyAreas", limits.MaxAreasPerProcess]);
        RuleFor(e => e.TimeZone).Must(TimeZones.IsKnown).When(e => e.TimeZone is not null).WithMessage(_ => text["UnknownTimeZone"]);
    }

    public static bool BeAWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public static class EventMapping
{
    public static EventResponse ToResponse(this Event e) => new(
        e.Id, e.ProcessId, e.SeriesId, e.Title, e.Kind,
        TimeZones.InZone(e.StartsAt, e.TimeZone), TimeZones.InZone(e.EndsAt, e.TimeZone), e.TimeZone,
        e.Venue, e.OnlineUrl, e.Capacity, e.Description,
        e.Areas.Select(a => a.AreaId).ToList(), e.IsPublic);
}
