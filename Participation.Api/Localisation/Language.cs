using System.Globalization;

namespace Participation.Api.Localisation;

/// <summary>
/// One language the product speaks. <see cref="Code"/> is what URLs, cookies,
/// registrations and resource files carry; <see cref="HtmlLang"/> is what
/// screen readers and browsers are told (plain German is read as German).
/// </summary>
public sealed record Language(string Code, string NativeName, string HtmlLang, bool RightToLeft, bool ForStaff)
{
    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>
    /// The culture for formats and resources. Dates stay Gregorian in every language
    /// (Farsi would otherwise count years in the Solar Hijri calendar): the events take place in Germany.
    /// </summary>
    public CultureInfo Culture { get; } = Gregorian(Code);

    private static CultureInfo Gregorian(string code)
    {
        var culture = CultureInfo.GetCultureInfo(code);
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }
        var gregorian = (CultureInfo)culture.Clone();
        gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(gregorian);
    }
}
