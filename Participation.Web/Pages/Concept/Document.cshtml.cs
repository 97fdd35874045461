using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Api.Concept;

namespace Participation.Web.Pages.Concept;

/// <summary>A concept document for readers: its edition and every section in it, each with the address its QR code carries.</summary>
public sealed class DocumentModel(ConceptService concept) : PageModel
{
    public PublicDocumentResponse Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await concept.PublicDocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        return Page();
    }
}
