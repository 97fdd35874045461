using FluentValidation;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Events;

public sealed record SeriesInput(string Title, string? Description = null);

public sealed record SeriesResponse(Guid Id, Guid ProcessId, string Title, string? Description, int EventCount);

public sealed class SeriesInputValidator : AbstractValidator<SeriesInput>
{
    public SeriesInputValidator(IOptions<LimitsOptions> options)
    {
        RuleFor(s => s.Title).NotEmpty().MaximumLength(options.Value.TitleMaxLength);
        RuleFor(s => s.Description).MaximumLength(options.Value.DescriptionMaxLength);
    }
}
