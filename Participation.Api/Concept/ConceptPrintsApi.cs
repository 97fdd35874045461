using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Participation.Api.Concept.Printing;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Localisation;

namespace Participation.Api.Concept;

/// <summary>Paper for the print shop: every QR code of a document on one sheet.</summary>
public static class ConceptPrintsApi
{
    public static void MapConceptPrints(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/documents/{id:guid}").WithTags("Concept").RequireAuthorization().WithStandardProblems();
        documents.MapGet("/qr-sheet.pdf", QrSheetPdf).WithName(nameof(QrSheetPdf))
            .WithSummary("An A4 PDF with the QR code, number, title, print page and short address of every section still in the edition.");
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> QrSheetPdf(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, ConceptPrints prints,
        IStringLocalizer<Messages> text, CancellationToken ct, string? language = null)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        if (LinkLanguage.Check(language, text) is { } unknown)
        {
            return unknown;
        }
        var document = (await concept.DocumentResponseAsync(id, ct))!;
        var codes = document.Sections.Where(s => !s.IsWithdrawn).Select(s => new PrintedCode(s.Number, s.Title, s.PrintPage, LinkLanguage.For(s.Url, language))).ToList();
        var pdf = prints.QrSheet(new PrintedDocument(document.Title, document.Version, document.PublishedOn), codes);
        return TypedResults.File(pdf, "application/pdf", $"{Files.SafeName(document.Title)}-{text["Export.QrSheetFileName"]}.pdf");
    }
}
