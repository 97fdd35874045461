using System.ComponentModel.DataAnnotations;

namespace Participation.Api.DataProtection;

/// <summary>Bound from <c>Participation:DataProtection</c>: how long personal data and the audit log are kept.</summary>
public sealed class DataProtectionOptions
{
    /// <summary>Days after an event's end until its attendees' personal data is anonymised, unless the process sets its own.</summary>
    [Range(1, 3650)] public int RetentionDays { get; set; } = 180;
    /// <summary>Days an audit entry is kept.</summary>
    [Range(1, 3650)] public int AuditRetentionDays { get; set; } = 730;
    [Range(100, 100_000)] public int NoticeMaxLength { get; set; } = 20_000;
    [Range(10, 2000)] public int ConsentTextMaxLength { get; set; } = 500;
    /// <summary>Audit entries per page of the audit API and page.</summary>
    [Range(10, 1000)] public int AuditPageSize { get; set; } = 100;
}
