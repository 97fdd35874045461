using Participation.Api.Localisation;

namespace Participation.Web;

/// <summary>
/// Organiser pages speak German and English only: a visitor whose language is another
/// sees them in English (plain German readers in German). Participants' pages are untouched.
/// </summary>
public static class StaffPageLanguage
{
    /// <summary>The endpoint metadata that marks an organiser page.</summary>
    public sealed class Marker;

    private static readonly Marker Instance = new();

    /// <summary>The projector wall is shown to the room, so it speaks the room's language although it is an organiser page.</summary>
    private const string Wall = "/Organise/Boards/Wall";

    public static void Mark(Microsoft.AspNetCore.Mvc.ApplicationModels.PageApplicationModel page)
    {
        if (page.ViewEnginePath != Wall)
        {
            page.EndpointMetadata.Add(Instance);
        }
    }

    public static bool IsStaffPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;

    /// <summary>The languages the page's switch offers.</summary>
    public static IReadOnlyList<Language> Offered(HttpContext context) => IsStaffPage(context) ? SpokenLanguages.Staff : SpokenLanguages.All;

    public static IApplicationBuilder UseStaffPageLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsStaffPage(context))
        {
            var culture = SpokenLanguages.ForStaffPages(SpokenLanguages.Current).Culture;
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
        await next(context);
    });
}
