using Participation.Api.Extensions;

namespace Participation.Api.Registrations;

/// <summary>A registration as the process's organisers see it.</summary>
public sealed record RegistrationResponse(
    Guid Id,
    Guid EventId,
    string Name,
    string? Email,
    string? Organisation,
    string? Perspective,
    string Language,
    RegistrationStatus Status,
    RegistrationSource Source,
    bool EmailConfirmed,
    string? InterpreterLanguage,
    bool NeedsSignLanguage,
    string? AccessibilityNeeds,
    bool NeedsChildcare,
    string? DietaryNeeds,
    string? Remarks,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CancelledAt,
    int? WaitingListPosition);

/// <summary>What the attendee's own link shows: their details, the ticket code once the place is certain, never anyone else.</summary>
public sealed record OwnRegistrationResponse(
    Guid EventId,
    string EventTitle,
    string Name,
    string Email,
    string? Organisation,
    string? Perspective,
    string Language,
    RegistrationStatus Status,
    string? TicketCode,
    string? InterpreterLanguage,
    bool NeedsSignLanguage,
    string? AccessibilityNeeds,
    bool NeedsChildcare,
    string? DietaryNeeds,
    string? Remarks);

/// <summary>Counts for the attendee list: by state, by perspective, by organisation.</summary>
public sealed record RegistrationSummary(
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByPerspective,
    IReadOnlyDictionary<string, int> ByOrganisation,
    int Total);

/// <summary>The answer at the door: who it is and whether they were already in.</summary>
public sealed record CheckInResponse(Guid RegistrationId, string Name, string? Organisation, string? Perspective, RegistrationStatus Status, DateTimeOffset? CheckedInAt, bool WasAlreadyCheckedIn, string? Needs);

/// <summary>One registration of a person across the process, for their attendance history.</summary>
public sealed record AttendanceHistoryEntry(Guid RegistrationId, Guid EventId, string EventTitle, DateTimeOffset StartsAt, RegistrationStatus Status, DateTimeOffset? CheckedInAt);

public static class RegistrationMapping
{
    public static RegistrationResponse ToResponse(this Registration r, string timeZone, int? waitingListPosition = null) => new(
        r.Id, r.EventId, r.Name, r.Email, r.Organisation, r.Perspective, r.Language, r.Status, r.Source, r.EmailConfirmedAt is not null,
        r.InterpreterLanguage, r.NeedsSignLanguage, r.AccessibilityNeeds, r.NeedsChildcare, r.DietaryNeeds, r.Remarks,
        TimeZones.InZone(r.CreatedAt, timeZone), TimeZones.InZone(r.CheckedInAt, timeZone), TimeZones.InZone(r.CancelledAt, timeZone), waitingListPosition);

    public static OwnRegistrationResponse ToOwnResponse(this Registration r, string eventTitle) => new(
        r.EventId, eventTitle, r.Name, r.Email ?? "", r.Organisation, r.Perspective, r.Language, r.Status,
        r.Status is RegistrationStatus.Confirmed or RegistrationStatus.CheckedIn ? r.TicketCode : null,
        r.InterpreterLanguage, r.NeedsSignLanguage, r.AccessibilityNeeds, r.NeedsChildcare, r.DietaryNeeds, r.Remarks);

    /// <summary>The needs in one line for the door and the lists ("Dolmetschung: Arabisch · Kinderbetreuung").</summary>
    public static string? NeedsSummary(this Registration r, Func<string, string> label)
    {
        var needs = new List<string>();
        if (r.InterpreterLanguage is { } language) needs.Add($"{label("Field.InterpreterLanguage")}: {language}");
        if (r.NeedsSignLanguage) needs.Add(label("Field.NeedsSignLanguage"));
        if (r.AccessibilityNeeds is { } access) needs.Add($"{label("Field.AccessibilityNeeds")}: {access}");
        if (r.NeedsChildcare) needs.Add(label("Field.NeedsChildcare"));
        if (r.DietaryNeeds is { } diet) needs.Add($"{label("Field.DietaryNeeds")}: {diet}");
        return needs.Count == 0 ? null : string.Join(" · ", needs);
    }
}
