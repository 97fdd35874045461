using System.Globalization;

namespace Participation.Bench;

/// <summary>The command line of a bench tool: <c>--name value</c> pairs (a name alone is a switch).</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name, got '{args[i]}'.");
            }
            // --host-args always takes the next argument: its value is itself a list of --name=value settings.
            var hasValue = i + 1 < args.Length && (!args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i] == "--host-args");
            options.values[args[i][2..]] = hasValue ? args[++i] : "true";
        }
        return options;
    }

    public bool Has(string name) => values.ContainsKey(name);
    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
    public string? Optional(string name) => values.GetValueOrDefault(name);
    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
