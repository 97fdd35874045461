using FluentValidation;
using Microsoft.Extensions.Options;

namespace Participation.Api.DataProtection;

public sealed record PrivacyNoticeInput(string Notice, string ConsentText);

public sealed record PrivacyNoticeResponse(
    Guid ProcessId, int Version, string Notice, string ConsentText, DateTimeOffset? CreatedAt, string? CreatedByName, bool IsDefault = false);

public sealed class PrivacyNoticeInputValidator : AbstractValidator<PrivacyNoticeInput>
{
    public PrivacyNoticeInputValidator(IOptions<DataProtectionOptions> options)
    {
        RuleFor(n => n.Notice).NotEmpty().MaximumLength(options.Value.NoticeMaxLength);
        RuleFor(n => n.ConsentText).NotEmpty().MaximumLength(options.Value.ConsentTextMaxLength);
    }
}

public static class PrivacyNoticeMapping
{
    public static PrivacyNoticeResponse ToResponse(this PrivacyNotice n) =>
        new(n.ProcessId, n.Version, n.Notice, n.ConsentText, new DateTimeOffset(n.CreatedAt), n.CreatedByName);
}
