using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

public static class Validation
{
    /// <summary>Runs the request's validator before the handler; the handler only ever sees valid input.</summary>
    public static RouteHandlerBuilder WithValidation<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();

    public static async Task<ValidationProblem?> ValidateToProblemAsync<TRequest>(
        this IValidator<TRequest> validator, TRequest request, IStringLocalizer<Messages> text, CancellationToken ct = default)
    {
        var result = await validator.ValidateAsync(request, ct);
        return result.IsValid ? null : Problem(result.Errors, text);
    }

    public static ValidationProblem Problem(IEnumerable<ValidationFailure> failures, IStringLocalizer<Messages> text) =>
        TypedResults.ValidationProblem(
            failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()),
            title: text["ValidationFailed"]);

    /// <summary>A problem found by the handler itself (a rule that needs the database), named by its field.</summary>
    public static ValidationProblem Problem(string field, string message, IStringLocalizer<Messages> text) =>
        Problem([new ValidationFailure(field, message)], text);
}

internal sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator, IStringLocalizer<Messages> text) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return Validation.Problem("body", text["BodyMissing"], text);
        }
        return await validator.ValidateToProblemAsync(request, text, context.HttpContext.RequestAborted) ?? await next(context);
    }
}
