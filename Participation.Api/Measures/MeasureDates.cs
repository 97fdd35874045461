namespace Participation.Api.Measures;

public static class MeasureDates
{
    /// <summary>Today where the process happens: a change entered late in the evening is dated as the people there see it.</summary>
    public static DateOnly Today(TimeProvider clock, string zoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);
}
