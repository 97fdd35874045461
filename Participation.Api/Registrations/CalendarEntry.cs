namespace Participation.Api.Registrations;

/// <summary>
/// One appointment as a calendar file shows it. The instants are UTC; <paramref name="TimeZone"/> is the
/// IANA zone (for example Europe/Berlin) whose wall-clock time the file states them in.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    string Title,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string TimeZone,
    string? Location,
    string? Description,
    string? Url,
    string? OrganiserName,
    string? OrganiserEmail);
