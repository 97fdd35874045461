namespace Participation.Api.Registrations;

/// <summary>One person's place (or wish for a place) at one event.</summary>
public sealed class Registration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public Guid ProcessId { get; set; }
    /// <summary>Registrations made in one go for several events of a series share this id and one confirmation.</summary>
    public Guid? GroupId { get; set; }
    /// <summary>Lower case; null only for a walk-in who gave none.</summary>
    public string? Email { get; set; }
    public string Name { get; set; } = "";
    public string? Organisation { get; set; }
    /// <summary>Hauptamt, Ehrenamt, Migrantenorganisation, Politik, Verwaltung… free text with suggestions.</summary>
    public string? Perspective { get; set; }
    /// <summary>The language emails are written in (a culture name such as "de" or "en").</summary>
    public string Language { get; set; } = "de";
    public string? InterpreterLanguage { get; set; }
    public bool NeedsSignLanguage { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public bool NeedsChildcare { get; set; }
    public string? DietaryNeeds { get; set; }
    public string? Remarks { get; set; }
    public RegistrationStatus Status { get; set; }
    public RegistrationSource Source { get; set; }
    /// <summary>Printed as the ticket's QR code; random, no personal data in it.</summary>
    public string TicketCode { get; set; } = "";
    /// <summary>Raised when links must stop working (a changed address, a cancellation).</summary>
    public int Stamp { get; set; }
    public DateTime? ConsentedAt { get; set; }
    /// <summary>The version of the process's privacy notice accepted (0: the built-in default text).</summary>
    public int? ConsentVersion { get; set; }
    /// <summary>When the personal data was removed (retention or an erasure request); the row stays for the counts.</summary>
    public DateTime? AnonymisedAt { get; set; }
    public DateTime? EmailConfirmedAt { get; set; }
    /// <summary>Until when an unconfirmed registration keeps its place.</summary>
    public DateTime? ConfirmBy { get; set; }
    public DateTime? WaitingSince { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public DateTime? ReminderQueuedAt { get; set; }
    public DateTime? CertificateQueuedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool HoldsPlace => Status.HoldsPlace();
}

public enum RegistrationStatus
{
    Invited,
    /// <summary>Has a place, but has not yet confirmed the email address (double opt-in).</summary>
    Pending,
    Confirmed,
    WaitingList,
    Cancelled,
    CheckedIn,
}

public enum RegistrationSource
{
    Self,
    Invitation,
    Organiser,
    WalkIn,
}

public static class RegistrationStatusExtensions
{
    public static readonly RegistrationStatus[] PlaceHolding = [RegistrationStatus.Pending, RegistrationStatus.Confirmed, RegistrationStatus.CheckedIn];

    public static bool HoldsPlace(this RegistrationStatus status) => PlaceHolding.Contains(status);
}
