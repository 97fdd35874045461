using System.Globalization;
using Participation.Api.Localisation;

namespace Participation.Api.Extensions;

/// <summary>Writes something in one person's language (an email, a certificate) and then returns to the request's own.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(CultureInfo use)
    {
        CultureInfo.CurrentCulture = use;
        CultureInfo.CurrentUICulture = use;
    }

    /// <summary>The language when it is offered, else the default (German).</summary>
    public static CultureScope Use(string? language) => new((SpokenLanguages.Find(language) ?? SpokenLanguages.Default).Culture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
