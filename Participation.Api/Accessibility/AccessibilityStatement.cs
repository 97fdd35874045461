namespace Participation.Api.Accessibility;

/// <summary>
/// One saved version of the installation's accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7).
/// There is one per website, not per process. Versions are never changed or deleted.
/// </summary>
public sealed class AccessibilityStatement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>1, 2, 3…; 0 is the built-in default text (<see cref="AccessibilityStatements.DefaultVersion"/>).</summary>
    public int Version { get; set; }
    public required string Statement { get; set; }
    public Compliance Compliance { get; set; }
    /// <summary>What is not accessible and why (disproportionate burden, not in scope, …); empty when fully compliant.</summary>
    public string? NonAccessibleContent { get; set; }
    /// <summary>When the statement was prepared or last reviewed.</summary>
    public DateOnly PreparedOn { get; set; }
    public required string ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactAddress { get; set; }
    public required string EnforcementText { get; set; }
    public required string EnforcementUrl { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    /// <summary>The author's display name at the time, so the history reads the same after the account is gone.</summary>
    public string? CreatedByName { get; set; }
}

public enum Compliance
{
    Full,
    Partial,
    NotCompliant,
}
