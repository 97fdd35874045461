using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Participation.Api.Registrations;

/// <summary>
/// iCalendar files (RFC 5545) for confirmation and cancellation mails. Times are wall-clock times of the
/// appointment's zone with its VTIMEZONE, so a calendar shows "18:00" even after a change of summer time
/// rules. The same entry and stamp always give the same bytes.
/// </summary>
public static class CalendarFiles
{
    private const string ProductId = "-//Participation//Registrations//DE";

    /// <summary>
    /// PUBLISH rather than REQUEST: a request asks the reader to answer the organiser, and nobody reads
    /// those answers; the registration itself is the answer.
    /// </summary>
    public static byte[] Invitation(CalendarEntry entry, DateTime stampUtc) =>
        Write(entry, stampUtc, CalendarMethods.Publish, EventStatus.Confirmed, sequence: 0);

    public static byte[] Cancellation(CalendarEntry entry, DateTime stampUtc) =>
        Write(entry, stampUtc, CalendarMethods.Cancel, EventStatus.Cancelled, sequence: 1);

    private static byte[] Write(CalendarEntry entry, DateTime stampUtc, string method, string status, int sequence)
    {
        var zone = CalendarTimeZone.Find(entry.TimeZone);
        var start = ToInstant(entry.StartsAtUtc, nameof(entry.StartsAtUtc));
        var end = ToInstant(entry.EndsAtUtc, nameof(entry.EndsAtUtc));
        if (end < start)
        {
            throw new ArgumentException("The appointment ends before it starts.", nameof(entry));
        }
        var calendar = new Calendar { ProductId = ProductId, Method = method };
        calendar.AddTimeZone(CalendarTimeZone.For(zone, start));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = entry.Uid,
            Sequence = sequence,
            Status = status,
            DtStamp = new CalDateTime(ToInstant(stampUtc, nameof(stampUtc)).ToDateTimeUtc(), hasTime: true),
            DtStart = InZone(start, zone),
            DtEnd = InZone(end, zone),
            Summary = entry.Title,
            Location = entry.Location,
            Description = entry.Description,
            Url = entry.Url is null ? null : new Uri(entry.Url),
            Organizer = entry.OrganiserEmail is null ? null : new Organizer($"mailto:{entry.OrganiserEmail}") { CommonName = entry.OrganiserName },
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>
    /// A local time in the hour that repeats when summer time ends would be read as its first
    /// occurrence; such an instant is written in UTC instead.
    /// </summary>
    private static CalDateTime InZone(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return zone.MapLocal(local).Count == 1
            ? new CalDateTime(local.ToDateTimeUnspecified(), zone.Id, hasTime: true)
            : new CalDateTime(instant.ToDateTimeUtc(), hasTime: true);
    }

    /// <summary>Unspecified counts as UTC (SQLite gives those back); a local time is a mistake.</summary>
    private static Instant ToInstant(DateTime utc, string name) => utc.Kind switch
    {
        DateTimeKind.Local => throw new ArgumentException("Expected a UTC time, got a local one.", name),
        _ => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
    };
}
