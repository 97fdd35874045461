using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Identity;

/// <summary>Identity's messages about passwords and addresses, in the caller's language.</summary>
internal sealed class LocalisedIdentityErrors(IStringLocalizer<Messages> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Password.TooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["Password.Digit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["Password.Lower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["Password.Upper"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["Password.Symbol"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["Password.Unique", uniqueChars]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["AccountExists"]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["AccountExists"]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["Email.Invalid"]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Email.Invalid"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["Token.Invalid"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Password.Wrong"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
