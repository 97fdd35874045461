using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Identity;

/// <summary>
/// Refuses the passwords every guessing list starts with, and passwords built from the
/// account's own address or name: those pass the length and character rules and are still guessed first.
/// </summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<Messages> text) : IPasswordValidator<Account>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account account, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var folded = Fold(password);
        if (CommonPasswords.Contains(folded) || CommonPasswords.Contains(WithoutTail(folded)))
        {
            return Failed("PasswordCommon", text["Password.Common"]);
        }
        var own = OwnWords(account).FirstOrDefault(word => folded.Contains(word, StringComparison.Ordinal));
        return own is null ? Task.FromResult(IdentityResult.Success) : Failed("PasswordPersonal", text["Password.Personal"]);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    /// <summary>The parts of the address and the name long enough to mean something (not "von", "Jan" or "Anna").</summary>
    private static IEnumerable<string> OwnWords(Account account)
    {
        var local = (account.Email ?? "").Split('@')[0];
        var words = new[] { local }.Concat(local.Split('.', '-', '_', '+')).Concat(account.DisplayName.Split(' ', '-', '.'));
        return words.Select(Fold).Where(word => word.Length >= 5).Distinct();
    }

    private static string Fold(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The digits and symbols people hang on a word ("Passwort2026!") do not make it another password.</summary>
    private static string WithoutTail(string value) => value.TrimEnd("0123456789!?.,;:-_#*+@$%&/()=§ ".ToCharArray());

    private static readonly HashSet<string> CommonPasswords = new(StringComparer.Ordinal)
    {
        "passwort", "password", "willkommen", "welcome", "sommer", "winter", "frühling", "herbst", "geheim", "hallo",
        "qwertz", "qwerty", "asdf", "admin", "test", "start", "abc", "letmein", "iloveyou", "changeme", "schatz", "hallihallo",
        "passwort123", "passwort1234", "passwort12345", "password123", "password1234", "password12345",
        "1234567890", "12345678910", "0123456789", "qwertz1234", "qwertzuiop", "qwerty1234", "qwertyuiop",
        "asdfghjkl1", "hallo12345", "hallo123456", "sommer2025", "sommer2026", "winter2025", "winter2026",
        "frühling2026", "herbst2026", "geheim1234", "geheim12345", "willkommen", "willkommen1", "willkommen123",
        "welcome123", "welcome1234", "iloveyou12", "letmein123", "admin12345", "administrator", "administrator1",
        "passwort2025", "passwort2026", "password2025", "password2026", "passwort!1", "changeme123", "abc1234567",
        "abcdefghij", "a1b2c3d4e5", "1q2w3e4r5t", "1qaz2wsx3edc", "deutschland", "deutschland1", "schalke04",
        "borussia09", "fussball12", "fußball123", "landkreis1",
        "landkreis2026", "verwaltung1", "verwaltung2026", "rathaus123", "kreis12345", "monkey1234", "dragon1234",
        "master1234", "superman12", "starwars12", "trustno1234", "football12", "baseball12", "sunshine12",
        "princess12", "shadow1234", "michael123", "jennifer12", "computer12", "internet12", "startstart",
        "start12345", "test123456", "test12345678", "testtest12", "1111111111", "0000000000", "9876543210",
    };
}
