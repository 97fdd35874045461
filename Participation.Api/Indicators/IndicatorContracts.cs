using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Participation.Api.Indicators;

public sealed record IndicatorInput(
    string Name, string Unit, IndicatorDirection Direction = IndicatorDirection.Neutral, string? Definition = null, string? Source = null,
    decimal? Target = null, int? TargetYear = null, Guid? AreaId = null, int? Position = null);

public sealed record IndicatorResponse(
    Guid Id, Guid ProcessId, Guid? AreaId, string Name, string? Definition, string Unit, string? Source, IndicatorDirection Direction,
    decimal? Target, int? TargetYear, int Position, int ValueCount, int? FirstYear, int? LastYear);

/// <summary>One value; a null value removes the one stored for the year and municipality.</summary>
public sealed record IndicatorValueInput(int Year, decimal? Value, string? Municipality = null);

public sealed record IndicatorValueResponse(int Year, string Municipality, decimal Value);

public sealed record RejectedLine(int Line, string Field, string Message);

/// <summary>What a PUT of values did: values written, values removed (JSON nulls), CSV lines left out with their reasons.</summary>
public sealed record ValuesResult(int Imported, int Removed, IReadOnlyList<RejectedLine> Rejected);

public sealed class IndicatorInputValidator : AbstractValidator<IndicatorInput>
{
    public IndicatorInputValidator(IOptions<IndicatorsOptions> options)
    {
        var limits = options.Value;
        RuleFor(i => i.Name).NotEmpty().MaximumLength(limits.NameMaxLength);
        RuleFor(i => i.Unit).NotEmpty().MaximumLength(limits.UnitMaxLength);
        RuleFor(i => i.Direction).IsInEnum();
        RuleFor(i => i.Definition).MaximumLength(limits.TextMaxLength);
        RuleFor(i => i.Source).MaximumLength(limits.TextMaxLength);
        RuleFor(i => i.Target).InclusiveBetween(-IndicatorValues.Largest, IndicatorValues.Largest);
        RuleFor(i => i.TargetYear).InclusiveBetween(limits.MinYear, limits.MaxYear);
        RuleFor(i => i.Position).InclusiveBetween(0, 10_000);
    }
}

public sealed class IndicatorValueInputValidator : AbstractValidator<IndicatorValueInput>
{
    public IndicatorValueInputValidator(IOptions<IndicatorsOptions> options, IStringLocalizer<Messages> text)
    {
        var limits = options.Value;
        RuleFor(v => v.Year).InclusiveBetween(limits.MinYear, limits.MaxYear)
            .WithMessage(_ => text["Indicators.YearOutOfRange", limits.MinYear, limits.MaxYear]);
        RuleFor(v => v.Value).InclusiveBetween(-IndicatorValues.Largest, IndicatorValues.Largest).WithMessage(_ => text["Indicators.ValueOutOfRange"]);
        RuleFor(v => v.Municipality).MaximumLength(limits.MunicipalityMaxLength)
            .WithMessage(_ => text["Indicators.MunicipalityTooLong", limits.MunicipalityMaxLength]);
    }
}

public static class IndicatorMapping
{
    public static IndicatorResponse ToResponse(this Indicator i, int valueCount = 0, int? firstYear = null, int? lastYear = null) => new(
        i.Id, i.ProcessId, i.AreaId, i.Name, i.Definition, i.Unit, i.Source, i.Direction, i.Target, i.TargetYear, i.Position,
        valueCount, firstYear, lastYear);
}
