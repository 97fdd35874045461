using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

/// <summary>Gives the generic answers (401, 404 for an unknown route, 500…) a title in the caller's language.</summary>
internal static class LocalisedProblemTitles
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        // The exception handler's own title is English and technical; every 500 gets ours.
        if (problem.Status is not { } status || (problem.Title != ReasonPhrases.GetReasonPhrase(status) && status != StatusCodes.Status500InternalServerError))
        {
            return;
        }
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Messages>>();
        var title = text[$"Status.{status}"];
        if (!title.ResourceNotFound)
        {
            problem.Title = title.Value;
        }
    }
}
