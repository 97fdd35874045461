using System.Globalization;
using System.Net;

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

    /// <summary>The first of <see cref="Urls"/>: where the admin sets the boards up.</summary>
    public Uri Url => Urls[0];

    /// <summary><c>--url a,b</c>: one or several instances; phones take them in turn.</summary>
    public IReadOnlyList<Uri> Urls => List("url", "http://127.0.0.1:5090").Select(u => new Uri(u)).ToList();

    /// <summary><c>--sources 127.0.0.2,127.0.0.3</c>: loopback addresses the phones' WebSockets come from, in turn.</summary>
    public IReadOnlyList<IPAddress> Sources => List("sources", "").Select(IPAddress.Parse).ToList();

    /// <summary>
    /// <c>--server-ports 5101,5102</c>: the processes whose CPU and memory count as the server's, summed (by
    /// default the one listening on the URL's port); <c>--helper-ports</c>: what the server needs (nginx,
    /// Redis, PostgreSQL), reported apart from the other processes.
    /// </summary>
    public IReadOnlyList<int> Ports(string name) => List(name, "").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();

    private IEnumerable<string> List(string name, string fallback) =>
        Text(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What the results are filed under: the scenario and the server measured.</summary>
    public string Scenario => Text("scenario", Mode);
    public string Target => Text("target", "participation");
}
