using Participation.Api.Email;
using Participation.Api.Registrations;

namespace Participation.Api.DataProtection;

public sealed record DataRequestInput(string Email);

/// <summary>What is stored about one address in the caller's processes.</summary>
public sealed record DataRequestSummary(
    string Email, int ProcessesSearched, List<PersonRegistration> Registrations, List<PersonEmail> Emails, PersonAccount? Account);

public sealed record PersonRegistration(
    Guid Id, Guid ProcessId, string ProcessTitle, Guid EventId, string EventTitle, DateTimeOffset EventStartsAt,
    RegistrationStatus Status, RegistrationSource Source, string Name, string? Organisation, string? Perspective, string Language,
    string? InterpreterLanguage, bool NeedsSignLanguage, string? AccessibilityNeeds, bool NeedsChildcare, string? DietaryNeeds,
    string? Remarks, string TicketCode, DateTimeOffset? ConsentedAt, int? ConsentVersion, DateTimeOffset? EmailConfirmedAt,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CancelledAt, DateTimeOffset CreatedAt);

/// <summary>One email to the address; the export adds the whole message as sent.</summary>
public sealed record PersonEmail(
    Guid Id, Guid? ProcessId, Guid? RegistrationId, string Kind, string Subject, OutboxState State, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    string? Message = null);

/// <summary>An organiser's or facilitator's account with that address; shown to administrators, who manage accounts.</summary>
public sealed record PersonAccount(Guid Id, string DisplayName, List<Guid> MemberOfProcesses);

public sealed record ErasureReport(int Registrations, int Emails);
