using FluentValidation;

namespace Participation.Api.Identity;

public sealed record AccountInput(string Email, string DisplayName, string Password, bool MayCreateProcesses = true, bool IsAdministrator = false);

/// <summary><paramref name="Invited"/>: the invitation is not accepted yet (no password, address not confirmed).</summary>
public sealed record AccountResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, bool Invited = false);

public sealed class AccountInputValidator : AbstractValidator<AccountInput>
{
    public AccountInputValidator()
    {
        RuleFor(a => a.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(a => a.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(a => a.Password).NotEmpty();
    }
}
