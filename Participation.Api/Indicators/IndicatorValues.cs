using Microsoft.EntityFrameworkCore;
using Participation.Api.Extensions;
using Participation.Api.Data;

namespace Participation.Api.Indicators;

/// <summary>
/// Writes values into an indicator. A write merges: each entry replaces the value of its year and
/// municipality or adds it, a null value removes it, and values the entries do not name stay.
/// </summary>
public sealed class IndicatorValues(ParticipationDb db, TimeProvider clock)
{
    /// <summary>The largest amount the column (18 digits, 4 of them after the point) holds.</summary>
    public const decimal Largest = 99_999_999_999_999m;

    /// <summary>The stored municipalities of the indicator, so new entries take their spelling ("neustadt" is "Neustadt").</summary>
    public async Task<List<string>> MunicipalitiesAsync(Guid indicatorId, CancellationToken ct) =>
        await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId && v.Municipality != "")
            .Select(v => v.Municipality).Distinct().ToListAsync(ct);

    public static string Spelling(string municipality, IEnumerable<string> known) =>
        known.FirstOrDefault(k => string.Equals(k, municipality, StringComparison.OrdinalIgnoreCase)) ?? municipality;

    /// <summary>
    /// Two writes at the same moment may both add the same year and municipality; the unique index refuses the second,
    /// which merges again onto what the first wrote.
    /// </summary>
    public Task<(int Written, int Removed)> MergeAsync(Guid indicatorId, IReadOnlyList<(int Year, string Municipality, decimal? Value)> entries, CancellationToken ct) =>
        db.RetryAsync(3, () => MergeOnceAsync(indicatorId, entries, ct));

    private async Task<(int Written, int Removed)> MergeOnceAsync(Guid indicatorId, IReadOnlyList<(int Year, string Municipality, decimal? Value)> entries, CancellationToken ct)
    {
        var years = entries.Select(e => e.Year).Distinct().ToList();
        var stored = await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId && years.Contains(v.Year)).ToListAsync(ct);
        var byKey = stored.ToDictionary(v => (v.Year, v.Municipality));
        var now = clock.GetUtcNow().UtcDateTime;
        int written = 0, removed = 0;
        foreach (var (year, municipality, value) in entries)
        {
            byKey.TryGetValue((year, municipality), out var existing);
            if (value is null)
            {
                if (existing is not null)
                {
                    db.IndicatorValues.Remove(existing);
                    byKey.Remove((year, municipality));
                    removed++;
                }
                continue;
            }
            if (existing is null)
            {
                existing = new IndicatorValue { IndicatorId = indicatorId, Year = year, Municipality = municipality };
                db.IndicatorValues.Add(existing);
                byKey[(year, municipality)] = existing;
            }
            existing.Value = value.Value;
            existing.UpdatedAt = now;
            written++;
        }
        var indicator = await db.Indicators.FirstAsync(i => i.Id == indicatorId, ct);
        indicator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return (written, removed);
    }
}
