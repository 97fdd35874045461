namespace Participation.Api.DataProtection;

/// <summary>
/// One action of an account: every successful change and every export. Holds ids and names of endpoints,
/// never a request body, an email address or a token.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid AccountId { get; set; }
    /// <summary>The display name at the time of the action.</summary>
    public required string AccountName { get; set; }
    /// <summary>The endpoint's name (such as "UpdateProcess") or, for a page handler, its page and handler.</summary>
    public required string Action { get; set; }
    public required string Method { get; set; }
    /// <summary>The ids among the route values, as "name=value" pairs separated by spaces.</summary>
    public string? Targets { get; set; }
    public Guid? ProcessId { get; set; }
    public int Status { get; set; }
    /// <summary>What the action itself reports (such as the number of rows erased); never personal data.</summary>
    public string? Detail { get; set; }
}
