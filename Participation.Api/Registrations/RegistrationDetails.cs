using Participation.Api.Extensions;
using Participation.Api.Localisation;

namespace Participation.Api.Registrations;

public static class RegistrationDetails
{
    public static RegistrationChange ToChange(this RegistrationInput r) => new(
        r.Name, r.Organisation, r.Perspective, r.Language, r.InterpreterLanguage, r.NeedsSignLanguage,
        r.AccessibilityNeeds, r.NeedsChildcare, r.DietaryNeeds, r.Remarks);

    public static void Apply(this Registration registration, RegistrationChange change, DateTime now)
    {
        registration.Name = change.Name.Trim();
        registration.Organisation = change.Organisation.NullIfBlank();
        registration.Perspective = change.Perspective.NullIfBlank();
        registration.Language = SpokenLanguages.Find(change.Language)?.Code ?? registration.Language;
        registration.InterpreterLanguage = change.InterpreterLanguage.NullIfBlank();
        registration.NeedsSignLanguage = change.NeedsSignLanguage;
        registration.AccessibilityNeeds = change.AccessibilityNeeds.NullIfBlank();
        registration.NeedsChildcare = change.NeedsChildcare;
        registration.DietaryNeeds = change.DietaryNeeds.NullIfBlank();
        registration.Remarks = change.Remarks.NullIfBlank();
        registration.UpdatedAt = now;
    }
}
