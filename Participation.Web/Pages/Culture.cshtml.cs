using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Localisation;

namespace Participation.Web.Pages;

/// <summary>The language switch: remembers the choice in a cookie for a year and goes back where the visitor was.</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (SpokenLanguages.Find(culture) is { } language)
        {
            LanguageFromLink.Remember(Response, language);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
