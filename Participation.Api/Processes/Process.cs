namespace Participation.Api.Processes;

/// <summary>A participation process, such as the making of a county's integration concept.</summary>
public sealed class Process
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>Who runs it, for example "Landkreis X, Koordinierungsstelle Integration".</summary>
    public string? Organisation { get; set; }
    public ProcessStatus Status { get; set; } = ProcessStatus.Planning;
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public required string TimeZone { get; set; }
    /// <summary>The sender's name in the process's emails; the address itself is <c>Participation:Smtp:From</c>.</summary>
    public string? MailSenderName { get; set; }
    /// <summary>Where answers to the process's emails go, such as the coordination office's mailbox.</summary>
    public string? MailReplyTo { get; set; }
    /// <summary>Days after an event's end until its attendees' personal data is anonymised; null takes <c>Participation:DataProtection:RetentionDays</c>.</summary>
    public int? RetentionDays { get; set; }
    /// <summary>When set, the monitoring page (indicators, measures, recommendations) is public.</summary>
    public DateTime? MonitoringPublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ThematicArea> Areas { get; set; } = [];
}

public enum ProcessStatus
{
    Planning,
    Running,
    Completed,
    Archived,
}
