using Microsoft.EntityFrameworkCore;

namespace Participation.Api.Extensions;

public static class TimeZones
{
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>A stored UTC instant as the wall-clock time of the zone, with its offset.</summary>
    public static DateTimeOffset InZone(DateTime utc, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    public static DateTimeOffset? InZone(DateTime? utc, string zoneId) => utc is { } value ? InZone(value, zoneId) : null;

    /// <summary>Today where the process happens: a step entered late in the evening is dated as the people there see it.</summary>
    public static DateOnly Today(TimeProvider clock, string zoneId) => DateOnly.FromDateTime(InZone(clock.GetUtcNow().UtcDateTime, zoneId).DateTime);

    public static async Task<DateOnly> TodayInProcessAsync(Data.ParticipationDb db, Guid processId, TimeProvider clock, CancellationToken ct) =>
        Today(clock, await db.Processes.Where(p => p.Id == processId).Select(p => p.TimeZone).FirstAsync(ct));

    /// <summary>
    /// A wall-clock time typed into a form (no offset) read in the zone of the event.
    /// A time skipped by the spring clock change (02:30 on that night) is read as the hour after.
    /// </summary>
    public static DateTime ToUtc(DateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            wallClock = wallClock.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(wallClock, zone);
    }
}
