using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Api.Extensions;

namespace Participation.Api.Identity;

/// <summary>Identity's refusals as validation problems: password rules under the password field, a bad link under "token".</summary>
public static class IdentityResults
{
    public static ValidationProblem Problem(IdentityResult result, string passwordField, IStringLocalizer<Messages> text) =>
        Validation.Problem(result.Errors.Select(e => new ValidationFailure(Field(e.Code, passwordField), e.Description)), text);

    private static string Field(string code, string passwordField) =>
        code == nameof(IdentityErrorDescriber.InvalidToken) ? "token"
        : code.Contains("Password", StringComparison.Ordinal) ? passwordField
        : "email";
}
