using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Extensions;

namespace Participation.Api.DataProtection;

/// <summary>
/// Requests of a person (access, erasure) by email address, answered in the processes the caller organises.
/// Each lookup, export and erasure is audited with counts only, never the address.
/// </summary>
public static class DataRequestsApi
{
    public static void MapDataRequests(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/data-requests").WithTags("Data protection").RequireAuthorization().WithStandardProblems();
        group.MapGet("/", FindPersonalData).WithName(nameof(FindPersonalData)).AuditedAsExport()
            .WithSummary("Everything stored about an email address in the processes the caller organises (administrators: all).");
        group.MapGet("/export", ExportPersonalData).WithName(nameof(ExportPersonalData)).AuditedAsExport()
            .WithSummary("The same as a JSON download, with every email as it was sent.");
        group.MapPost("/erase", ErasePersonalData).WithName(nameof(ErasePersonalData)).WithValidation<DataRequestInput>()
            .WithSummary("Erases the address's registrations and emails in the caller's processes in one transaction; places still to come are cancelled first, so the waiting list moves.");
    }

    public static async Task<Results<Ok<DataRequestSummary>, ValidationProblem, ProblemHttpResult>> FindPersonalData(
        string? email, ClaimsPrincipal user, DataRequests requests, HttpContext http, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (Invalid(email, text) is { } invalid)
        {
            return invalid;
        }
        if (await requests.DenyAsync(user, text, ct) is { } denied)
        {
            return denied;
        }
        var found = await requests.FindAsync(user, email!, withMessages: false, ct);
        http.Items[AuditLog.DetailKey] = $"registrations={found.Registrations.Count} emails={found.Emails.Count}";
        return TypedResults.Ok(found);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportPersonalData(
        string? email, ClaimsPrincipal user, DataRequests requests, HttpContext http, IOptions<JsonOptions> json, IStringLocalizer<Messages> text,
        TimeProvider clock, CancellationToken ct)
    {
        if (Invalid(email, text) is { } invalid)
        {
            return invalid;
        }
        if (await requests.DenyAsync(user, text, ct) is { } denied)
        {
            return denied;
        }
        var found = await requests.FindAsync(user, email!, withMessages: true, ct);
        http.Items[AuditLog.DetailKey] = $"registrations={found.Registrations.Count} emails={found.Emails.Count}";
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { WriteIndented = true };
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(found, options), "application/json",
            $"personal-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
    }

    public static async Task<Results<Ok<ErasureReport>, ValidationProblem, ProblemHttpResult>> ErasePersonalData(
        DataRequestInput input, ClaimsPrincipal user, DataRequests requests, HttpContext http, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await requests.DenyAsync(user, text, ct) is { } denied)
        {
            return denied;
        }
        var outcome = await requests.EraseAsync(user, input.Email, ct);
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }
        http.Items[AuditLog.DetailKey] = $"registrations={outcome.Value!.Registrations} emails={outcome.Value.Emails}";
        return TypedResults.Ok(outcome.Value);
    }

    private static ValidationProblem? Invalid(string? email, IStringLocalizer<Messages> text) =>
        EmailAddresses.IsValid(email) ? null : Validation.Problem("email", text["EmailInvalid"], text);
}

public sealed class DataRequestInputValidator : AbstractValidator<DataRequestInput>
{
    public DataRequestInputValidator(IStringLocalizer<Messages> text)
    {
        RuleFor(r => r.Email).Must(EmailAddresses.IsValid).WithMessage(_ => text["EmailInvalid"]);
    }
}
