using Microsoft.AspNetCore.Localization;
using Participation.Api;
using Participation.Api.Localisation;

namespace Participation.Web;

/// <summary>
/// A page opened from a link that names its language (a QR code, an email: <c>?culture=ar</c>)
/// keeps that language for the pages after it, as the language switch does.
/// </summary>
public static class LanguageFromLink
{
    public static void Remember(HttpResponse response, Language language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Code)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = response.HttpContext.Request.IsHttps });

    public static IApplicationBuilder UseLanguageFromLink(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && !ParticipationSetup.IsApiRequest(context)
            && SpokenLanguages.Find(context.Request.Query["culture"]) is { } language
            && SpokenLanguages.Find(CookieRequestCultureProvider.ParseCookieValue(context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "")?.UICultures.FirstOrDefault().Value) != language)
        {
            Remember(context.Response, language);
        }
        await next(context);
    });
}
