using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Registrations;

/// <summary>Bound from <c>Participation:Registrations</c>: every limit and period of registration.</summary>
public sealed class RegistrationOptions
{
    /// <summary>How long an unconfirmed registration keeps its place before it is released.</summary>
    [Range(1, 24 * 30)] public int ConfirmationHours { get; set; } = 72;
    /// <summary>How long after the event the link in the emails still opens the registration.</summary>
    [Range(0, 3650)] public int ManageLinkDaysAfterEvent { get; set; } = 30;
    [Range(1, 365)] public int InvitationValidDays { get; set; } = 90;
    [Range(1, 100_000)] public int MaxInvitationsPerImport { get; set; } = 2000;
    /// <summary>Largest CSV file of invitations, in kilobytes.</summary>
    [Range(1, 100_000)] public int MaxImportKilobytes { get; set; } = 1024;
    [Range(10, 500)] public int NameMaxLength { get; set; } = 120;
    [Range(1, 10_000)] public int ReminderHoursBeforeMax { get; set; } = 24 * 30;
    [Range(10, 100_000)] public int MessageMaxLength { get; set; } = 10_000;
    /// <summary>How often reminders and released places are looked for.</summary>
    [Range(5, 3600)] public int HousekeepingSeconds { get; set; } = 60;
    [Range(1, 1000)] public int SearchResultsMax { get; set; } = 20;
    /// <summary>Offered on the form; people may write their own.</summary>
    public string[] Perspectives { get; set; } = ["Hauptamt", "Ehrenamt", "Migrantenorganisation", "Politik", "Verwaltung", "Wissenschaft", "Einwohner:in"];
}
