using System.Globalization;
using System.Text.Json;

namespace Participation.Bench;

/// <summary>The figures of one scenario against one server, printed and saved as JSON for the report.</summary>
public sealed class Results(Settings settings)
{
    private readonly Dictionary<string, object?> figures = new()
    {
        ["scenario"] = settings.Scenario,
        ["target"] = settings.Target,
        ["mode"] = settings.Mode,
        ["startedAt"] = DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
    };

    public object? this[string name]
    {
        set
        {
            figures[name] = value is double d ? Math.Round(d, 3) : value;
            if (value is IEnumerable<string> lines)
            {
                Console.WriteLine($"  {name}:");
                foreach (var line in lines)
                {
                    Console.WriteLine($"    {line}");
                }
                return;
            }
            Console.WriteLine($"  {name,-28} {Format(figures[name])}");
        }
    }

    public static double Percentile(float[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;

    public void Save()
    {
        if (settings.Optional("out") is not { } directory)
        {
            return;
        }
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{settings.Scenario}-{settings.Target}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
    }

    private static string Format(object? value) => value switch
    {
        null => "-",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
