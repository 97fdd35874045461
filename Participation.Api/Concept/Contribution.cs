namespace Participation.Api.Concept;

/// <summary>A reader's comment on, or proposed addition to, a section.</summary>
public sealed class Contribution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SectionId { get; set; }
    public required string Text { get; set; }
    public ContributionKind Kind { get; set; }
    /// <summary>Optional; shown with the contribution.</summary>
    public string? AuthorName { get; set; }
    public ContributionState State { get; set; }
    public string? HiddenReason { get; set; }
    /// <summary>The organisers' public answer.</summary>
    public string? Answer { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public int Supports { get; set; }
    /// <summary>A hash of the device's random cookie, for the per-device limit; no address, no account.</summary>
    public required string DeviceHash { get; set; }
    public DateTime ConsentedAt { get; set; }
    /// <summary>The version of the process's privacy notice accepted (0: the built-in default text).</summary>
    public int? ConsentVersion { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum ContributionKind
{
    Comment,
    Addition,
}

public enum ContributionState
{
    /// <summary>Waits for a moderator (documents that review first).</summary>
    Pending,
    Published,
    Hidden,
}

/// <summary>One device's support of one contribution.</summary>
public sealed class ContributionSupport
{
    public Guid ContributionId { get; set; }
    public required string DeviceHash { get; set; }
    public DateTime CreatedAt { get; set; }
}
