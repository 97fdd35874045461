using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

/// <summary>Gives the generic answers (401, 404 for an unknown route, 500…) a title in the caller's language.</summary>
internal static class LocalisedProblemTitles
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || problem.Title != ReasonPhrases.GetReasonPhrase(status))
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
