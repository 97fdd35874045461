using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Participation.Api.Extensions;

/// <summary>
/// Turns a body that is not valid JSON for the request type (a wrong enum value,
/// a date that is no date, a broken document) into a validation problem that
/// names the field, instead of a bare 400.
/// </summary>
internal sealed class MalformedRequestHandler(IStringLocalizer<Messages> text) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var field = "body";
        var message = text["BodyUnreadable"].Value;
        if (badRequest.InnerException is JsonException json)
        {
            field = FieldFromPath(json.Path);
            message = json is MissingOffsetException ? text["TimeNeedsOffset"] : text["ValueUnreadable"];
        }
        else if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            message = text["BodyTooLarge"];
        }
        else if (badRequest.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal))
        {
            field = ParameterName(badRequest.Message) ?? field;
            message = text["ValueUnreadable"];
        }
        context.Response.StatusCode = badRequest.StatusCode;
        await Validation.Problem(field, message, text).ExecuteAsync(context);
        return true;
    }

    /// <summary>"$.areaIds[1]" becomes "areaIds[1]".</summary>
    private static string FieldFromPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>The parameter name from "Failed to bind parameter "DateTimeOffset from" from "x".".</summary>
    private static string? ParameterName(string message)
    {
        var parts = message.Split('"');
        if (parts.Length < 2)
        {
            return null;
        }
        var declaration = parts[1].Split(' ');
        return declaration[^1];
    }
}
