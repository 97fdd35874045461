namespace Participation.Api.Registrations.Printing;

/// <summary>What a print says about the event; times are printed in the offset they carry.</summary>
public sealed record PrintedEvent(string ProcessTitle, string? Organisation, string EventTitle, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue);
