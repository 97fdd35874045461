using Participation.Api.Registrations;

namespace Participation.Web.Pages.Registrations;

/// <summary>The attendee's details as the public forms post them; field names are the API's.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public bool PrivacyConsent { get; set; }
    /// <summary>The version of the privacy notice the form showed.</summary>
    public int? ConsentVersion { get; set; }
    public string? Organisation { get; set; }
    public string? Perspective { get; set; }
    public string? Language { get; set; }
    public string? InterpreterLanguage { get; set; }
    public bool NeedsSignLanguage { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public bool NeedsChildcare { get; set; }
    public string? DietaryNeeds { get; set; }
    public string? Remarks { get; set; }

    public RegistrationInput ToInput(string? invitation) => new(
        Name ?? "", Email ?? "", PrivacyConsent, Organisation, Perspective, Language, InterpreterLanguage, NeedsSignLanguage,
        AccessibilityNeeds, NeedsChildcare, DietaryNeeds, Remarks, invitation, ConsentVersion);

    public RegistrationChange ToChange() => new(
        Name ?? "", Organisation, Perspective, Language, InterpreterLanguage, NeedsSignLanguage, AccessibilityNeeds, NeedsChildcare, DietaryNeeds, Remarks);

    public static PersonForm From(Registration r) => new()
    {
        Name = r.Name, Email = r.Email, Organisation = r.Organisation, Perspective = r.Perspective, Language = r.Language,
        InterpreterLanguage = r.InterpreterLanguage, NeedsSignLanguage = r.NeedsSignLanguage, AccessibilityNeeds = r.AccessibilityNeeds,
        NeedsChildcare = r.NeedsChildcare, DietaryNeeds = r.DietaryNeeds, Remarks = r.Remarks,
    };
}

/// <summary>What the shared fields partial needs: the form, the suggestions, and which parts this form shows.</summary>
public sealed record PersonFields(
    PersonForm Form, IReadOnlyList<string> Perspectives, bool EmailReadonly = false, bool WithEmailAndConsent = true,
    Api.DataProtection.PrivacyNoticeResponse? Privacy = null);
