using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

/// <summary>Outcomes as HTTP answers: the one place where a refusal becomes a status code.</summary>
public static class OutcomeAnswers
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToHttp<T>(this Outcome<T> result, IStringLocalizer<Messages> text) =>
        result.Refusal switch
        {
            null => TypedResults.Ok(result.Value!),
            { Kind: RefusalKind.Invalid } refusal => Validation.Problem(refusal.Field ?? "body", refusal.Message, text),
            var refusal => refusal.ToProblem(),
        };

    public static ProblemHttpResult ToProblem(this Refusal refusal) =>
        TypedResults.Problem(title: refusal.Message, statusCode: refusal.Kind switch
        {
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.Conflict => StatusCodes.Status409Conflict,
            RefusalKind.TooMany => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status400BadRequest,
        });
}
