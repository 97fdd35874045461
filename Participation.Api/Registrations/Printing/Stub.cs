namespace Participation.Api.Registrations.Printing;
public sealed record PrintedEvent(string ProcessTitle, string? Organisation, string EventTitle, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue);
public sealed record PrintedAttendee(string Name, string? Organisation, string? Perspective);
public sealed class RegistrationPrints
{
    public byte[] AttendanceList(PrintedEvent e, IReadOnlyList<PrintedAttendee> people, int blankRows = 5) => [];
    public byte[] Badges(PrintedEvent e, IReadOnlyList<PrintedAttendee> people) => [];
    public byte[] Certificate(PrintedEvent e, PrintedAttendee person, string issuedOn, string? signatory) => [];
}
