namespace Participation.Api.DataProtection;

/// <summary>
/// One saved version of a process's privacy notice (Datenschutzhinweise) and the consent sentence shown
/// with its forms. Versions are never changed or deleted: registrations and contributions name the one accepted.
/// </summary>
public sealed class PrivacyNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcessId { get; set; }
    /// <summary>1, 2, 3… per process; 0 is the built-in default text (<see cref="PrivacyNotices.DefaultVersion"/>).</summary>
    public int Version { get; set; }
    public required string Notice { get; set; }
    public required string ConsentText { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    /// <summary>The author's display name at the time, so the history reads the same after the account is gone.</summary>
    public string? CreatedByName { get; set; }
}
