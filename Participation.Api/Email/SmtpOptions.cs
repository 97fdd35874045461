using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Email;

/// <summary>Bound from <c>Participation:Smtp</c>. Without a host, emails are written as .eml files to the data directory.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    [Range(1, 65535)] public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender address; a process may set the display name and a reply-to address.</summary>
    [Required] public string From { get; set; } = "participation@localhost.localdomain";
    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public enum SmtpSecurity
{
    None,
    StartTls,
    Ssl,
}

/// <summary>Bound from <c>Participation:Outbox</c>: how the sender retries.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the sender looks for due messages when nothing woke it.</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 10;
    [Range(1, 100)] public int MaxAttempts { get; set; } = 8;
    /// <summary>The wait after the first failure; it doubles with each further one.</summary>
    [Range(1, 3600)] public int FirstRetrySeconds { get; set; } = 30;
    [Range(60, 7 * 24 * 3600)] public int MaxRetrySeconds { get; set; } = 6 * 3600;
    /// <summary>How long one instance holds a message it is delivering before another may take it.</summary>
    [Range(10, 3600)] public int LeaseSeconds { get; set; } = 120;
    [Range(1, 1000)] public int BatchSize { get; set; } = 50;
}
