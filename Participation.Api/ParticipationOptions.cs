using System.ComponentModel.DataAnnotations;

namespace Participation.Api;

/// <summary>Bound from <c>Participation</c>; the general settings of an installation.</summary>
public sealed class ParticipationOptions
{
    /// <summary>Where the SQLite database and other files live. Relative paths start at the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The address people reach the installation at, used in links, emails and QR codes.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Fills a realistic demo process on start (once).</summary>
    public bool SeedDemo { get; set; }

    /// <summary>IANA time zone of new processes and events.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Berlin";
}
