using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Participation.Web;

/// <summary>Pages call the same handlers as the API; this turns their answers into page answers.</summary>
public static class PageResults
{
    /// <summary>
    /// Puts the API's field errors into the form's state, keyed by the same field names as the inputs.
    /// A field whose value could not even be read keeps that message alone.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary state, ValidationProblem problem)
    {
        foreach (var (field, messages) in problem.ProblemDetails.Errors)
        {
            if (state.TryGetValue(field, out var existing) && existing.Errors.Count > 0)
            {
                continue;
            }
            foreach (var message in messages)
            {
                state.AddModelError(field, message);
            }
        }
    }

    /// <summary>A 403 or 404 from a handler becomes the matching error page.</summary>
    public static IActionResult Problem(this PageModel page, ProblemHttpResult problem) => page.StatusCode(problem.StatusCode);

    public static IActionResult RedirectWithNotice(this PageModel page, string url, string notice)
    {
        page.TempData["Notice"] = notice;
        return page.LocalRedirect(url);
    }
}
