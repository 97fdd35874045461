using FluentValidation;

namespace Participation.Api.Identity;

public sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

/// <summary><paramref name="Required"/>: an administrator without codes has no administrator rights until they are set up.</summary>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>The key for the authenticator app, typed in or scanned as the QR code of <paramref name="AuthenticatorUri"/>.</summary>
public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

public sealed record TwoFactorCodeInput(string Code);

public sealed record TwoFactorPasswordInput(string Password);

/// <summary>Shown once; each works once in place of a code.</summary>
public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(256);
    }
}

public sealed class TwoFactorCodeInputValidator : AbstractValidator<TwoFactorCodeInput>
{
    public TwoFactorCodeInputValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(20);
}

public sealed class TwoFactorPasswordInputValidator : AbstractValidator<TwoFactorPasswordInput>
{
    public TwoFactorPasswordInputValidator() => RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
}
