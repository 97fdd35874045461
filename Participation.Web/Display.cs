using System.Globalization;

namespace Participation.Web;

/// <summary>How dates appear on pages, in the visitor's language and the event's time zone.</summary>
public static class Display
{
    public static string Day(DateTimeOffset at) => at.ToString("D", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset at) => at.ToString("HH:mm", CultureInfo.CurrentCulture);

    /// <summary>"Samstag, 19. Dezember 2026, 09:30–16:00", or both days when the event spans several.</summary>
    public static string Span(DateTimeOffset starts, DateTimeOffset ends) =>
        starts.Date == ends.Date
            ? $"{Day(starts)}, {Time(starts)}–{Time(ends)}"
            : $"{Day(starts)}, {Time(starts)} – {Day(ends)}, {Time(ends)}";

    public static string ShortDate(DateTimeOffset at) => at.ToString("d", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>The value of a datetime-local input: a wall-clock time without offset.</summary>
    public static string LocalInput(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string DateInput(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
