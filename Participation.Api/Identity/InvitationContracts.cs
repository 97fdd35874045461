using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Identity;

/// <summary><paramref name="Roles"/>: account-wide roles ("Organiser", "Administrator"); none for a facilitator.</summary>
public sealed record AccountInvitationInput(string Email, string DisplayName, IReadOnlyList<string>? Roles = null);

public sealed record AcceptInvitationInput(string Email, string Token, string Password);

public sealed class AccountInvitationInputValidator : AbstractValidator<AccountInvitationInput>
{
    public AccountInvitationInputValidator(IStringLocalizer<Messages> text)
    {
        RuleFor(i => i.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(i => i.DisplayName).NotEmpty().MaximumLength(200);
        RuleForEach(i => i.Roles).Must(role => Identity.Roles.All.Contains(role)).WithMessage(_ => text["Invitation.UnknownRole", string.Join(", ", Identity.Roles.All)]);
    }
}

public sealed class AcceptInvitationInputValidator : AbstractValidator<AcceptInvitationInput>
{
    public AcceptInvitationInputValidator()
    {
        RuleFor(a => a.Email).NotEmpty().MaximumLength(256);
        RuleFor(a => a.Token).NotEmpty().MaximumLength(2000);
        RuleFor(a => a.Password).NotEmpty().MaximumLength(256);
    }
}
