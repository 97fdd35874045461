using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Accessibility;

/// <summary>Bound from <c>Participation:Accessibility</c>: the sizes of the accessibility statement's parts.</summary>
public sealed class AccessibilityOptions
{
    [Range(100, 100_000)] public int StatementMaxLength { get; set; } = 20_000;
    [Range(100, 100_000)] public int NonAccessibleContentMaxLength { get; set; } = 10_000;
    /// <summary>Longest phone number, postal address and enforcement body text.</summary>
    [Range(50, 5000)] public int ContactMaxLength { get; set; } = 1000;
}
