using FluentValidation;

namespace Participation.Api.Identity;

public sealed record ForgotPasswordInput(string Email);

public sealed record ResetPasswordInput(string Email, string Token, string NewPassword);

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator() => RuleFor(f => f.Email).NotEmpty().EmailAddress().MaximumLength(256);
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Token).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(256);
    }
}
