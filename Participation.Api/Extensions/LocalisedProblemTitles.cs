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
        if (problem.Status is not { } status || (!IsGeneric(problem.Title, status) && status != StatusCodes.Status500InternalServerError))
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

    /// <summary>The framework's English title: the reason phrase, or the newer RFC 9110 name some defaults use ("Content Too Large").</summary>
    private static bool IsGeneric(string? title, int status) =>
        title is null || title == ReasonPhrases.GetReasonPhrase(status)
        || (status, title) is (StatusCodes.Status413PayloadTooLarge, "Content Too Large") or (StatusCodes.Status422UnprocessableEntity, "Unprocessable Content");
}
