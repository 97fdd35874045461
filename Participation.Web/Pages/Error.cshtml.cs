using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Participation.Web.Pages;

/// <summary>Every error a page visitor can meet, in their language, never with technical detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(PageTexts text) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet() => Describe(RouteCode());

    public void OnPost() => Describe(RouteCode());

    /// <summary>From the route only: the form of a re-executed post may be the oversized body that brought us here.</summary>
    private int RouteCode() => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 404;

    private void Describe(int code)
    {
        // A body over the limit surfaces as an exception while the form is read; it is the sender's error, not ours.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error is BadHttpRequestException tooLarge)
        {
            code = tooLarge.StatusCode;
            Response.StatusCode = code;
        }
        var known = code is 400 or 403 or 404 or 405 or 413 or 429 or 500 ? code : (code >= 500 ? 500 : 400);
        Heading = text[$"Error.{known}.Title"];
        Explanation = text[$"Error.{known}.Text"];
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        }
    }
}
