using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Participation.Api.Indicators.Charts;

/// <summary>
/// Rendered chart files, kept in memory by what they are drawn from (the indicator as of its last change, the view, the
/// comparison year, the language and the format), so a published page read by many paints each chart once.
/// Bounded by <see cref="IndicatorsOptions.ChartCacheMegabytes"/>; a change of the indicator or its values makes a new key.
/// </summary>
public sealed class ChartCache(IOptions<IndicatorsOptions> options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ChartCacheMegabytes) * 1024L * 1024 });

    public static string KeyOf(IndicatorChart chart, string format) => string.Join('|',
        chart.Indicator.Id.ToString("N"), chart.Indicator.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture), chart.View,
        chart.Labels.ComparisonYear?.ToString(CultureInfo.InvariantCulture) ?? "", chart.Labels.Culture.Name, format);

    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        if (options.Value.ChartCacheMegabytes == 0)
        {
            return render();
        }
        if (cache.TryGetValue(key, out byte[]? bytes) && bytes is not null)
        {
            return bytes;
        }
        bytes = render();
        cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return bytes;
    }

    public void Dispose() => cache.Dispose();
}
