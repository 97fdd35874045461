using System.Globalization;

namespace Participation.Bench;

/// <summary>The command line: a mode, then <c>--name value</c> pairs.</summary>
public sealed class Settings
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public required string Mode { get; init; }

    public static Settings Parse(string[] args)
    {
        var settings = new Settings { Mode = args.Length > 0 ? args[0] : "help" };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name, got '{args[i]}'.");
            }
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            settings.values[args[i][2..]] = hasValue ? args[++i] : "true";
        }
        return settings;
    }

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public string? Optional(string name) => values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public Uri Url => new(Text("url", "http://127.0.0.1:5090"));

    /// <summary>What the results are filed under: the scenario and the server measured.</summary>
    public string Scenario => Text("scenario", Mode);
    public string Target => Text("target", "participation");
}
