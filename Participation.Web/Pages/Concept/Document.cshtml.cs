using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Concept;
using Participation.Api.Data;

namespace Participation.Web.Pages.Concept;

/// <summary>A concept document for readers: its edition and every section in it, each with the address its QR code carries.</summary>
public sealed class DocumentModel(ConceptService concept, ParticipationDb db) : PageModel
{
    public Guid ProcessId { get; private set; }
    public PublicDocumentResponse Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await concept.PublicDocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        ProcessId = await db.ConceptDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => d.ProcessId).FirstAsync(ct);
        return Page();
    }
}
