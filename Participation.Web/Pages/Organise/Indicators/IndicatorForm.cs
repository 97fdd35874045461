using System.Globalization;
using Participation.Api.Indicators;

namespace Participation.Web.Pages.Organise.Indicators;

/// <summary>The indicator form; the target is typed as text so that a decimal comma ("12,5") is read as people write it.</summary>
public sealed class IndicatorForm
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public IndicatorDirection Direction { get; set; } = IndicatorDirection.Neutral;
    public string? Definition { get; set; }
    public string? Source { get; set; }
    public string? Target { get; set; }
    public int? TargetYear { get; set; }
    public Guid? AreaId { get; set; }
    public int? Position { get; set; }

    /// <summary>The target as a number; false when something was typed that is not one.</summary>
    public bool TryTarget(out decimal? target)
    {
        target = string.IsNullOrWhiteSpace(Target) ? null : IndicatorValuesCsv.ParseValue(Target, german: ValuesModel.TypesDecimalComma);
        return target is not null || string.IsNullOrWhiteSpace(Target);
    }

    public IndicatorInput ToInput(decimal? target) => new(Name ?? "", Unit ?? "", Direction, Definition, Source, target, TargetYear, AreaId, Position);

    public static IndicatorForm From(IndicatorResponse i) => new()
    {
        Name = i.Name, Unit = i.Unit, Direction = i.Direction, Definition = i.Definition, Source = i.Source,
        Target = i.Target?.ToString("0.##########", CultureInfo.CurrentCulture), TargetYear = i.TargetYear, AreaId = i.AreaId, Position = i.Position,
    };
}
