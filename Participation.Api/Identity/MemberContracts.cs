using FluentValidation;

namespace Participation.Api.Identity;

public sealed record MemberInput(string Email, ProcessRole Role);

public sealed record MembershipResponse(Guid ProcessId, string ProcessTitle, Guid AccountId, string Email, string DisplayName, ProcessRole Role);

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator()
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(m => m.Role).IsInEnum();
    }
}
