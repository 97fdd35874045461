using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Boards;
using Participation.Api.Extensions;

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

    /// <summary>
    /// A form submission the way every organiser page does it: validate with the API's validator,
    /// and only when the form and the input are fine call the handler; its validation problems go
    /// back into the form, a 403/404 shows the error page, anything else is success.
    /// </summary>
    public static async Task<IActionResult> SubmitAsync<TInput>(
        this PageModel page, IValidator<TInput> validator, TInput input, IStringLocalizer<Messages> messages,
        Func<Task<IResult>> handler, Func<IResult, IActionResult> onSuccess, CancellationToken ct)
    {
        var invalid = await validator.ValidateToProblemAsync(input, messages, ct);
        if (invalid is null && page.ModelState.IsValid)
        {
            switch (await handler())
            {
                case ProblemHttpResult problem:
                    return page.Problem(problem);
                case ValidationProblem validation:
                    invalid = validation;
                    break;
                case var result:
                    return onSuccess(result);
            }
        }
        if (invalid is not null)
        {
            page.ModelState.AddErrors(invalid);
        }
        return page.Page();
    }

    /// <summary>
    /// A board refusal that is no fault of the form becomes the error page (404, 403);
    /// null for the others, which belong next to a field.
    /// </summary>
    public static IActionResult? Refused(this PageModel page, Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.NotFound => page.NotFound(),
        RefusalKind.Forbidden => page.StatusCode(StatusCodes.Status403Forbidden),
        _ => null,
    };

    /// <summary>A 403 or 404 from a handler becomes the matching error page.</summary>
    public static IActionResult Problem(this PageModel page, ProblemHttpResult problem) => page.StatusCode(problem.StatusCode);

    public static IActionResult RedirectWithNotice(this PageModel page, string url, string notice)
    {
        page.TempData["Notice"] = notice;
        return page.LocalRedirect(url);
    }
}
