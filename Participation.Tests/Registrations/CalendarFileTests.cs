using System.Text;
using Ical.Net;
using Participation.Api.Registrations;

namespace Participation.Tests.Registrations;

public sealed class CalendarFileTests
{
    private static readonly DateTime Stamp = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);

    // 18:00 to 20:30 in Berlin on a summer day, 16:00 to 18:30 UTC.
    private static readonly CalendarEntry Summer = new(
        Uid: "registration-42@participation.example.org",
        Title: "Bürgerdialog: Grünflächen in Großenhain",
        StartsAtUtc: new DateTime(2027, 7, 1, 16, 0, 0, DateTimeKind.Utc),
        EndsAtUtc: new DateTime(2027, 7, 1, 18, 30, 0, DateTimeKind.Utc),
        TimeZone: "Europe/Berlin",
        Location: "Kreishaus, Saal Ödland; Eingang Süd",
        Description: "Bitte bringen Sie Ihre Anmeldebestätigung mit.",
        Url: "https://beteiligung.example.org/veranstaltungen/42",
        OrganiserName: "Landratsamt Müritz",
        OrganiserEmail: "beteiligung@example.org");

    [Fact]
    public void An_invitation_reads_back_with_title_times_location_and_uid()
    {
        var calendar = Load(CalendarFiles.Invitation(Summer, Stamp));

        var appointment = Assert.Single(calendar.Events);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("Bürgerdialog: Grünflächen in Großenhain", appointment.Summary);
        Assert.Equal(Summer.StartsAtUtc, appointment.DtStart!.AsUtc);
        Assert.Equal(Summer.EndsAtUtc, appointment.DtEnd!.AsUtc);
        Assert.Equal("Kreishaus, Saal Ödland; Eingang Süd", appointment.Location);
        Assert.Equal("registration-42@participation.example.org", appointment.Uid);
        Assert.Equal(0, appointment.Sequence);
        Assert.Equal(new Uri("https://beteiligung.example.org/veranstaltungen/42"), appointment.Url);
        Assert.Equal("mailto:beteiligung@example.org", appointment.Organizer!.Value!.ToString());
        Assert.Equal(Stamp, appointment.DtStamp!.AsUtc);
    }

    [Fact]
    public void Times_are_the_wall_clock_times_of_the_zone_with_its_summer_and_winter_rules()
    {
        var text = Encoding.UTF8.GetString(CalendarFiles.Invitation(Summer, Stamp));

        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270701T180000\r\n", text);
        Assert.Contains("DTEND;TZID=Europe/Berlin:20270701T203000\r\n", text);
        var zone = Assert.Single(Load(Encoding.UTF8.GetBytes(text)).TimeZones);
        Assert.Equal("Europe/Berlin", zone.TzId);
        Assert.Equal(["DAYLIGHT", "STANDARD"], zone.TimeZoneInfos.Select(info => info.Name).Order());
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n", text);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n", text);
    }

    [Fact]
    public void A_winter_appointment_early_in_the_year_is_covered_by_the_time_zone()
    {
        var winter = Summer with
        {
            StartsAtUtc = new DateTime(2028, 1, 14, 17, 0, 0, DateTimeKind.Utc),
            EndsAtUtc = new DateTime(2028, 1, 14, 19, 0, 0, DateTimeKind.Utc),
        };

        var text = Encoding.UTF8.GetString(CalendarFiles.Invitation(winter, Stamp));

        Assert.Contains("DTSTART;TZID=Europe/Berlin:20280114T180000\r\n", text);
        // The observances begin the year before, so January already has a rule in force.
        Assert.Contains("DTSTART:20271031T030000\r\n", text);
        Assert.Contains("DTSTART:20270328T020000\r\n", text);
        Assert.Equal(winter.StartsAtUtc, Assert.Single(Load(Encoding.UTF8.GetBytes(text)).Events).DtStart!.AsUtc);
    }

    [Fact]
    public void A_cancellation_has_method_cancel_status_cancelled_and_a_higher_sequence()
    {
        var calendar = Load(CalendarFiles.Cancellation(Summer, Stamp));

        var appointment = Assert.Single(calendar.Events);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", appointment.Status);
        Assert.Equal(1, appointment.Sequence);
        Assert.Equal(Summer.Uid, appointment.Uid);
        Assert.Equal(Summer.StartsAtUtc, appointment.DtStart!.AsUtc);
    }

    [Fact]
    public void The_same_entry_and_stamp_give_the_same_bytes()
    {
        Assert.Equal(CalendarFiles.Invitation(Summer, Stamp), CalendarFiles.Invitation(Summer with { }, Stamp));
        Assert.Equal(CalendarFiles.Cancellation(Summer, Stamp), CalendarFiles.Cancellation(Summer with { }, Stamp));
        Assert.NotEqual(CalendarFiles.Invitation(Summer, Stamp), CalendarFiles.Invitation(Summer, Stamp.AddMinutes(1)));
    }

    [Fact]
    public void Lines_end_in_crlf_and_long_ones_are_folded_at_75_octets()
    {
        var description = string.Concat(Enumerable.Repeat("Änderungswünsche für Straßenbäume. ", 6))[..200];
        var bytes = CalendarFiles.Invitation(Summer with { Description = description }, Stamp);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Equal(description, Assert.Single(Load(bytes).Events).Description);
    }

    [Fact]
    public void A_start_in_the_hour_that_repeats_when_summer_time_ends_is_written_in_utc()
    {
        // 02:30 summer time on 31 October 2027; 02:30 comes again an hour later in winter time.
        var repeated = Summer with
        {
            StartsAtUtc = new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc),
            EndsAtUtc = new DateTime(2027, 10, 31, 3, 0, 0, DateTimeKind.Utc),
        };

        var bytes = CalendarFiles.Invitation(repeated, Stamp);

        Assert.Contains("DTSTART:20271031T003000Z\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(repeated.StartsAtUtc, Assert.Single(Load(bytes).Events).DtStart!.AsUtc);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CalendarFiles.Invitation(Summer with { TimeZone = "Mitteleuropa" }, Stamp));
        Assert.Contains("Mitteleuropa", error.Message);
    }

    private static Calendar Load(byte[] bytes) => Calendar.Load(Encoding.UTF8.GetString(bytes))!;
}
