using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;

namespace Participation.Api.Registrations;

/// <summary>
/// The VTIMEZONE of an IANA zone, built from the zone's transitions in the year an appointment starts,
/// as yearly rules beginning the year before (so an appointment in January is covered too). Ical.Net's
/// own <c>VTimeZone.FromDateTimeZone</c> reads the zone's history up to the machine's clock, so its
/// output depends on the day it runs, and early in a year it leaves summer time out altogether.
/// </summary>
internal static class CalendarTimeZone
{
    public static DateTimeZone Find(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw new ArgumentException($"\"{id}\" is not an IANA time zone.", nameof(id));

    public static VTimeZone For(DateTimeZone zone, Instant appointment)
    {
        var year = appointment.InZone(zone).Year;
        var from = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant();
        var to = zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
        var intervals = zone.GetZoneIntervals(from, to).ToList();
        var timeZone = new VTimeZone(zone.Id);
        var transitions = intervals.Zip(intervals.Skip(1)).ToList();
        if (transitions.Count == 0)
        {
            var only = intervals[0];
            timeZone.AddChild(Observance(Components.Standard, only.Name, only.WallOffset, only.WallOffset, new DateTime(1970, 1, 1), rule: null));
            return timeZone;
        }
        foreach (var (before, after) in transitions)
        {
            // The onset is stated in the wall-clock time in force before it (RFC 5545, 3.6.5).
            var onset = after.Start.WithOffset(before.WallOffset).LocalDateTime.ToDateTimeUnspecified();
            var week = onset.Day + 7 > DateTime.DaysInMonth(onset.Year, onset.Month) ? -1 : (onset.Day - 1) / 7 + 1;
            var firstOnset = Occurrence(year - 1, onset.Month, onset.DayOfWeek, week) + onset.TimeOfDay;
            var rule = new RecurrenceRule(FrequencyType.Yearly) { ByMonth = [onset.Month], ByDay = [new WeekDay(onset.DayOfWeek, week)] };
            var kind = after.Savings == Offset.Zero ? Components.Standard : Components.Daylight;
            timeZone.AddChild(Observance(kind, after.Name, before.WallOffset, after.WallOffset, firstOnset, rule));
        }
        return timeZone;
    }

    private static VTimeZoneInfo Observance(string kind, string name, Offset offsetFrom, Offset offsetTo, DateTime onset, RecurrenceRule? rule)
    {
        return new VTimeZoneInfo
        {
            Name = kind,
            TimeZoneName = name,
            OffsetFrom = new UtcOffset(offsetFrom.ToTimeSpan()),
            OffsetTo = new UtcOffset(offsetTo.ToTimeSpan()),
            Start = new CalDateTime(onset, hasTime: true),
            RecurrenceRule = rule,
        };
    }

    /// <summary>The given weekday of a month: the first to fourth (week 1 to 4) or the last (week -1).</summary>
    private static DateTime Occurrence(int year, int month, DayOfWeek day, int week)
    {
        if (week > 0)
        {
            var first = new DateTime(year, month, 1);
            return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (week - 1));
        }
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }
}
