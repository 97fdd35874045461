using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Api.Documentation;

/// <summary>The documentation of a session, an event, a series, a thematic area or the whole process, in every format.</summary>
public static class DocumentationApi
{
    public static void MapDocumentation(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Documentation").RequireAuthorization().WithStandardProblems();
        foreach (var (segment, scope) in new[]
                 {
                     ("sessions", DocumentationScope.Session), ("events", DocumentationScope.Event), ("series", DocumentationScope.Series),
                     ("areas", DocumentationScope.Area), ("processes", DocumentationScope.Process),
                 })
        {
            group.MapGet($"/{segment}/{{id:guid}}/documentation",
                    (Guid id, ClaimsPrincipal user, DocumentationBuilder builder, ProcessAccess access, IStringLocalizer<Messages> text,
                        CancellationToken ct, string? format, bool includeHidden = false, bool includeNames = false) =>
                        ExportAsync(scope, id, format, includeHidden, includeNames, user, builder, access, text, ct))
                .WithName($"{scope}Documentation").AuditedAsExport()
                .WithSummary($"The documentation of one {scope.ToString().ToLowerInvariant()}: ?format=docx|pdf|html|md|csv|xlsx|json (json by default); " +
                             "hidden ideas and attendees' names only when asked for (names: organisers only).");
        }
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        DocumentationScope scope, Guid id, string? format, bool includeHidden, bool includeNames, ClaimsPrincipal user,
        DocumentationBuilder builder, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        format = (format ?? "json").Trim().ToLowerInvariant();
        if (!DocumentationFiles.Formats.Contains(format))
        {
            return Validation.Problem("format", text["FormatUnknown", string.Join(", ", DocumentationFiles.Formats)], text);
        }
        var target = await builder.ResolveAsync(scope, id, ct);
        if (await access.DenyAsync(user, target?.ProcessId, ProcessRole.Facilitator, ct, NotFoundKey(scope)) is { } denied)
        {
            return denied;
        }
        if (includeNames && await access.CheckAsync(user, target!.ProcessId, ProcessRole.Organiser, ct) != Access.Granted)
        {
            return TypedResults.Problem(title: text["Documentation.NamesOrganisersOnly"], statusCode: StatusCodes.Status403Forbidden);
        }
        var model = (await builder.BuildAsync(scope, id, new DocumentationOptions(includeHidden, includeNames), ct))!;
        var (mediaType, extension) = DocumentationFiles.Describe(format);
        var bytes = DocumentationFiles.Write(format, model, DocumentationLabels.From(text));
        return TypedResults.File(bytes, mediaType, $"{Files.SafeName(model.Title)}-{text["Doc.Documentation"]}.{extension}");
    }

    private static string NotFoundKey(DocumentationScope scope) => scope switch
    {
        DocumentationScope.Session => "Session",
        DocumentationScope.Event => "Event",
        DocumentationScope.Series => "Series",
        DocumentationScope.Area => "Area",
        _ => "Process",
    };
}
