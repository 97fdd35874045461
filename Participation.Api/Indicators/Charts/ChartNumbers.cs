using System.Globalization;

namespace Participation.Api.Indicators.Charts;

/// <summary>Numbers as people read them (decimal comma and thousands dot in German), and round steps for an axis.</summary>
public static class ChartNumbers
{
    public static string Format(decimal value, CultureInfo culture) => value.ToString("#,##0.####", culture);

    /// <summary>The value with its unit, joined by a no-break space so "12,5 %" never wraps apart.</summary>
    public static string WithUnit(decimal value, string unit, CultureInfo culture) =>
        string.IsNullOrWhiteSpace(unit) ? Format(value, culture) : $"{Format(value, culture)}\u00A0{unit}";

    /// <summary>An axis from a round number below <paramref name="min"/> to one above <paramref name="max"/>, in about five round steps.</summary>
    internal static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        if (min == max)
        {
            var spread = min == 0 ? 1 : Math.Abs(min) / 10;
            (min, max) = (min - spread, max + spread);
        }
        var rough = (double)(max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var normal = rough / magnitude;
        var step = Math.Round((decimal)((normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10) * magnitude), 10);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        return (low, high, step);
    }
}
