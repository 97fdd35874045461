using Participation.Api.Extensions;

namespace Participation.Api.Measures;

public static class MeasureDates
{
    public static DateOnly Today(TimeProvider clock, string zoneId) => TimeZones.Today(clock, zoneId);
}
