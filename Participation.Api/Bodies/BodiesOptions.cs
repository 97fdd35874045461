using System.ComponentModel.DataAnnotations;

namespace Participation.Api.Bodies;

/// <summary>Bound from <c>Participation:Bodies</c>: the limits of standing bodies and their members.</summary>
public sealed class BodiesOptions
{
    [Range(1, 1000)] public int MaxBodiesPerProcess { get; set; } = 50;
    /// <summary>Members seated at the same time, deputies included.</summary>
    [Range(1, 1000)] public int MaxMembersPerBody { get; set; } = 60;
    [Range(10, 300)] public int NameMaxLength { get; set; } = 200;
    [Range(10, 120)] public int MunicipalityMaxLength { get; set; } = 120;
    /// <summary>Attendance entries one save may carry.</summary>
    [Range(1, 2000)] public int MaxAttendanceEntries { get; set; } = 200;
    /// <summary>The earliest year a seat may begin or end, or a body be dissolved (entering a body that met for years).</summary>
    [Range(1900, 2100)] public int EarliestYear { get; set; } = 1990;
    /// <summary>How many days ahead a joining, leaving or dissolving may be dated.</summary>
    [Range(0, 36500)] public int DaysAhead { get; set; } = 3660;
}
