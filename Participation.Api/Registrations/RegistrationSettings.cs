namespace Participation.Api.Registrations;

/// <summary>How people sign up for one event. No row means registration was never opened.</summary>
public sealed class RegistrationSettings
{
    public Guid EventId { get; set; }
    public bool IsOpen { get; set; }
    /// <summary>UTC; sign-up is refused before this instant.</summary>
    public DateTime? OpensAt { get; set; }
    /// <summary>UTC; sign-up is refused from this instant on.</summary>
    public DateTime? ClosesAt { get; set; }
    /// <summary>Places for attendees; null is no limit.</summary>
    public int? Capacity { get; set; }
    public bool KeepsWaitingList { get; set; } = true;
    public RegistrationAccess Access { get; set; } = RegistrationAccess.Open;
    public bool SendsReminder { get; set; } = true;
    public int ReminderHoursBefore { get; set; } = 48;
    /// <summary>The organiser's own words in the reminder, above the event details.</summary>
    public string? ReminderText { get; set; }
    /// <summary>
    /// Touched first by every transaction that changes the event's registrations: the row lock
    /// (PostgreSQL) or the write lock (SQLite) puts them in one line, so seats are counted right.
    /// </summary>
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum RegistrationAccess
{
    /// <summary>Anyone with the event page may sign up.</summary>
    Open,
    /// <summary>Only people with a personal invitation link.</summary>
    InvitationOnly,
}
