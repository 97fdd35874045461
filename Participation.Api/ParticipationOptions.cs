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

    /// <summary>This instance's name in logs, metrics and the outbox (who sent an email); the host name and process id unless set.</summary>
    [MaxLength(100)]
    public string InstanceName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long a stopping instance waits for requests in flight before it ends them.</summary>
    [Range(1, 600)]
    public int ShutdownSeconds { get; set; } = 30;

    /// <summary>
    /// Addresses or networks (CIDR) of reverse proxies whose X-Forwarded-For and -Proto are believed.
    /// Loopback always is; a proxy elsewhere (another container, an ingress) must be named.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
