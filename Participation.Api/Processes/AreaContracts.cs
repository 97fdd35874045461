using FluentValidation;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.Processes;

public sealed record AreaInput(string Name, string? Description = null, int? Position = null);

public sealed record AreaResponse(Guid Id, Guid ProcessId, string Name, string? Description, int Position);

public sealed class AreaInputValidator : AbstractValidator<AreaInput>
{
    public AreaInputValidator(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        RuleFor(a => a.Name).NotEmpty().MaximumLength(limits.ShortTextMaxLength);
        RuleFor(a => a.Description).MaximumLength(limits.DescriptionMaxLength);
        RuleFor(a => a.Position).InclusiveBetween(0, 10_000);
    }
}

public static class AreaMapping
{
    public static AreaResponse ToResponse(this ThematicArea a) => new(a.Id, a.ProcessId, a.Name, a.Description, a.Position);
}
