using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Recommendations;

namespace Participation.Api.Concept;

/// <summary>Organisers keep the process's concept documents and their sections; facilitators read them.</summary>
public static class DocumentsApi
{
    public static void MapDocuments(this IEndpointRouteBuilder routes)
    {
        var ofProcess = routes.MapGroup("/api/processes/{id:guid}/documents").WithTags("Concept").RequireAuthorization().WithStandardProblems();
        ofProcess.MapGet("/", ListDocuments).WithName(nameof(ListDocuments));
        ofProcess.MapPost("/", CreateDocument).WithName(nameof(CreateDocument)).WithValidation<DocumentInput>();

        var documents = routes.MapGroup("/api/documents/{id:guid}").WithTags("Concept").RequireAuthorization().WithStandardProblems();
        documents.MapGet("/", GetDocument).WithName(nameof(GetDocument)).WithSummary("The document with its sections, codes, addresses and counts.");
        documents.MapPut("/", UpdateDocument).WithName(nameof(UpdateDocument)).WithValidation<DocumentInput>()
            .WithSummary("Changes title, edition (re-versioning) and review setting; every code in print keeps working.");
        documents.MapDelete("/", DeleteDocument).WithName(nameof(DeleteDocument));
        documents.MapPost("/sections", AddSection).WithName(nameof(AddSection)).WithValidation<SectionInput>()
            .WithSummary("Adds a section; it gets its short code at once.");
    }

    public static async Task<Results<Ok<List<DocumentResponse>>, ProblemHttpResult>> ListDocuments(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Facilitator, ct) is { } denied)
        {
            return denied;
        }
        var ids = await db.ConceptDocuments.AsNoTracking().Where(d => d.ProcessId == id).OrderBy(d => d.CreatedAt).Select(d => d.Id).ToListAsync(ct);
        var documents = new List<DocumentResponse>();
        foreach (var documentId in ids)
        {
            documents.Add((await concept.DocumentResponseAsync(documentId, ct))!);
        }
        return TypedResults.Ok(documents);
    }

    public static async Task<Results<Created<DocumentResponse>, ValidationProblem, ProblemHttpResult>> CreateDocument(
        Guid id, DocumentInput input, ClaimsPrincipal user, ProcessAccess access, ConceptService concept, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var created = (await concept.CreateDocumentAsync(id, input, ct)).Value!;
        return TypedResults.Created($"/api/documents/{created.Id}", (await concept.DocumentResponseAsync(created.Id, ct))!);
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, CancellationToken ct) =>
        await access.DenyDocumentAsync(user, db, id, ProcessRole.Facilitator, ct) is { } denied
            ? denied
            : TypedResults.Ok((await concept.DocumentResponseAsync(id, ct))!);

    public static async Task<Results<Ok<DocumentResponse>, ValidationProblem, ProblemHttpResult>> UpdateDocument(
        Guid id, DocumentInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept, CancellationToken ct)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        await concept.UpdateDocumentAsync(id, input, ct);
        return TypedResults.Ok((await concept.DocumentResponseAsync(id, ct))!);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        Guid id, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        if (await TracedDeletes.RefuseDocumentAsync(db, id, text, ct) is { } held)
        {
            return held;
        }
        await db.ConceptDocuments.Where(d => d.Id == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<SectionResponse>, ValidationProblem, ProblemHttpResult>> AddSection(
        Guid id, SectionInput input, ClaimsPrincipal user, ParticipationDb db, ProcessAccess access, ConceptService concept,
        IStringLocalizer<Messages> text, CancellationToken ct)
    {
        if (await access.DenyDocumentAsync(user, db, id, ProcessRole.Organiser, ct) is { } denied)
        {
            return denied;
        }
        var added = await concept.AddSectionAsync(id, input, ct);
        if (added.Refusal is { } refusal)
        {
            return refusal.Kind == RefusalKind.Invalid ? Validation.Problem(refusal.Field ?? "body", refusal.Message, text) : refusal.ToProblem();
        }
        var response = (await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == added.Value!.Id), ct)).Single();
        return TypedResults.Created($"/api/sections/{response.Id}", response);
    }
}
