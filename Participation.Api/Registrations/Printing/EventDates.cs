using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Registrations.Printing;

/// <summary>An event's dates in the current culture's long date and short time.</summary>
internal static class EventDates
{
    public static string Span(PrintedEvent e, IStringLocalizer t)
    {
        var culture = CultureInfo.CurrentCulture;
        return e.StartsAt.Date == e.EndsAt.Date
            ? t["Print.Time.SameDay", e.StartsAt.ToString("D", culture), e.StartsAt.ToString("t", culture), e.EndsAt.ToString("t", culture)]
            : t["Print.Time.SeveralDays", e.StartsAt.ToString("D", culture), e.StartsAt.ToString("t", culture), e.EndsAt.ToString("D", culture), e.EndsAt.ToString("t", culture)];
    }

    public static string Days(PrintedEvent e)
    {
        var culture = CultureInfo.CurrentCulture;
        var start = e.StartsAt.ToString("D", culture);
        return e.StartsAt.Date == e.EndsAt.Date ? start : $"{start} – {e.EndsAt.ToString("D", culture)}";
    }
}
