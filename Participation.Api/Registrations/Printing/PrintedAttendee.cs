namespace Participation.Api.Registrations.Printing;

public sealed record PrintedAttendee(string Name, string? Organisation, string? Perspective);
