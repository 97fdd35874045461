using Participation.Api.Extensions;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>The registration settings form: opening and closing typed as wall-clock times in the event's zone.</summary>
public sealed class RegistrationSettingsForm
{
    public bool IsOpen { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
    public int? Capacity { get; set; }
    public bool KeepsWaitingList { get; set; }
    public RegistrationAccess Access { get; set; }
    public bool SendsReminder { get; set; }
    public int ReminderHoursBefore { get; set; } = 48;
    public string? ReminderText { get; set; }

    public RegistrationSettingsInput ToInput(string zone)
    {
        DateTimeOffset? Instant(DateTime? local) => local is { } value ? new DateTimeOffset(TimeZones.ToUtc(value, zone)) : null;
        return new RegistrationSettingsInput(IsOpen, Instant(OpensAt), Instant(ClosesAt), Capacity, KeepsWaitingList, Access,
            SendsReminder, ReminderHoursBefore, ReminderText);
    }

    public static RegistrationSettingsForm From(RegistrationSettingsResponse s, string zone) => new()
    {
        IsOpen = s.IsOpen, OpensAt = Local(s.OpensAt, zone), ClosesAt = Local(s.ClosesAt, zone), Capacity = s.Capacity,
        KeepsWaitingList = s.KeepsWaitingList, Access = s.Access, SendsReminder = s.SendsReminder,
        ReminderHoursBefore = s.ReminderHoursBefore, ReminderText = s.ReminderText,
    };

    private static DateTime? Local(DateTimeOffset? at, string zone) => at is { } value ? TimeZones.InZone(value.UtcDateTime, zone).DateTime : null;
}
