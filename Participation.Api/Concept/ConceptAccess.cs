using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Api.Concept;

public static class ConceptAccess
{
    /// <summary>Null when the caller has the role in the process the document belongs to; else the problem to answer with.</summary>
    public static async Task<ProblemHttpResult?> DenyDocumentAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid documentId, ProcessRole role, CancellationToken ct)
    {
        var processId = await db.ConceptDocuments.Where(d => d.Id == documentId).Select(d => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct);
        return await access.DenyAsync(user, processId, role, ct, "Document");
    }

    public static async Task<ProblemHttpResult?> DenySectionAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid sectionId, ProcessRole role, CancellationToken ct)
    {
        var processId = await db.ConceptSections.Where(s => s.Id == sectionId)
            .Join(db.ConceptDocuments, s => s.DocumentId, d => d.Id, (s, d) => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct);
        return await access.DenyAsync(user, processId, role, ct, "Section");
    }

    public static async Task<ProblemHttpResult?> DenyContributionAsync(
        this ProcessAccess access, ClaimsPrincipal user, ParticipationDb db, Guid contributionId, ProcessRole role, CancellationToken ct)
    {
        var processId = await db.Contributions.Where(c => c.Id == contributionId)
            .Join(db.ConceptSections, c => c.SectionId, s => s.Id, (c, s) => s.DocumentId)
            .Join(db.ConceptDocuments, documentId => documentId, d => d.Id, (_, d) => (Guid?)d.ProcessId).FirstOrDefaultAsync(ct);
        return await access.DenyAsync(user, processId, role, ct, "Contribution");
    }
}
