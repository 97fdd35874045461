using Participation.Api.Indicators;

namespace Participation.Api.Monitoring;

/// <summary>What the figures of an indicator say: its headline series, the trend of its latest value, whether the target is reached.</summary>
public static class IndicatorFigures
{
    /// <summary>
    /// The values for the whole area of the process by year. An indicator with only municipal values has no headline
    /// series: no single municipality speaks for the whole area, so its latest value, trend and target stay open.
    /// </summary>
    public static IReadOnlyList<IndicatorValue> Series(IReadOnlyList<IndicatorValue> values) =>
        [.. values.Where(v => v.Municipality.Length == 0).OrderBy(v => v.Year)];

    public static IndicatorTrend Trend(IndicatorDirection direction, IReadOnlyList<IndicatorValue> series)
    {
        if (series.Count < 2)
        {
            return IndicatorTrend.Unknown;
        }
        var change = series[^1].Value - series[^2].Value;
        return change == 0 ? IndicatorTrend.Same
            : direction == IndicatorDirection.Neutral ? IndicatorTrend.Changed
            : (change > 0) == (direction == IndicatorDirection.HigherIsBetter) ? IndicatorTrend.Better
            : IndicatorTrend.Worse;
    }

    /// <summary>Null when there is no target, no value, or no direction to read it with.</summary>
    public static bool? TargetReached(Indicator indicator, decimal? latest) =>
        indicator.Target is not { } target || latest is not { } value ? null
        : indicator.Direction switch
        {
            IndicatorDirection.HigherIsBetter => value >= target,
            IndicatorDirection.LowerIsBetter => value <= target,
            _ => value == target,
        };
}
