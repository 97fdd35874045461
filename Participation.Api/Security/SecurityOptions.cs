using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Security;

/// <summary>Bound from <c>Participation:Security</c>: request sizes and the HSTS lifetime.</summary>
public sealed class SecurityOptions
{
    /// <summary>Largest request body anywhere but the uploads that name their own limit (photos, invitation lists).</summary>
    [Range(16, 1_048_576)] public int MaxRequestBodyKilobytes { get; set; } = 1024;

    /// <summary>How long a browser that saw the installation over HTTPS keeps to HTTPS (Strict-Transport-Security).</summary>
    [Range(0, 3650)] public int HstsMaxAgeDays { get; set; } = 365;
}
