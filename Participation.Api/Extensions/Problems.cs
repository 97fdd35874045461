using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

/// <summary>The problem answers handlers give besides validation problems, with a readable, localised title.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(IStringLocalizer<Messages> text, string what) =>
        TypedResults.Problem(title: text[$"NotFound.{what}"], statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(IStringLocalizer<Messages> text) =>
        TypedResults.Problem(title: text["Forbidden"], statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Conflict(IStringLocalizer<Messages> text, string key) =>
        TypedResults.Problem(title: text[key], statusCode: StatusCodes.Status409Conflict);
}
