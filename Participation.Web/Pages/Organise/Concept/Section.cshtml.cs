using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>Adds a section to a document or changes one; its code never changes.</summary>
public sealed class SectionModel(
    ParticipationDb db, ProcessAccess access, ConceptService concept, IOptions<ConceptOptions> options,
    IValidator<SectionInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class SectionForm
    {
        public string? Number { get; set; }
        public string? Title { get; set; }
        public int? PrintPage { get; set; }
        public string? Summary { get; set; }
        public int? Position { get; set; }
        public List<Guid> AreaIds { get; set; } = [];
        public List<Guid> EventIds { get; set; } = [];

        public SectionInput ToInput() => new(Number ?? "", Title ?? "", PrintPage, Summary.NullIfBlank(), Position, AreaIds, EventIds);
    }

    public Guid? Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public string DocumentTitle { get; private set; } = "";
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public string? Code { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)> Events { get; private set; } = [];
    public int SummaryMaxLength => options.Value.SummaryMaxLength;
    [BindProperty] public SectionForm Form { get; set; } = new();
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? documentId, CancellationToken ct)
    {
        if (await LoadAsync(id, documentId, ct) is { } problem)
        {
            return problem;
        }
        if (!IsNew)
        {
            var section = (await concept.SectionResponsesAsync(db.ConceptSections.Where(s => s.Id == id), ct)).Single();
            Form = new SectionForm
            {
                Number = section.Number, Title = section.Title, PrintPage = section.PrintPage, Summary = section.Summary,
                Position = section.Position, AreaIds = [.. section.AreaIds], EventIds = [.. section.EventIds],
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? documentId, CancellationToken ct)
    {
        if (await LoadAsync(id, documentId, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => IsNew
                ? (await DocumentsApi.AddSection(DocumentId, input, User, db, access, concept, messages, ct)).Result
                : (await SectionsApi.UpdateSection(id!.Value, input, User, db, access, concept, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/documents/{DocumentId}#sections-heading", text[IsNew ? "Section.Created" : "Form.Saved"]),
            ct);
    }

    /// <summary>Finds the document, from the route or from the section, and checks the caller organises its process.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? documentId, CancellationToken ct)
    {
        Id = id;
        if (id is { } sectionId)
        {
            var section = await db.ConceptSections.AsNoTracking().Where(s => s.Id == sectionId).Select(s => new { s.DocumentId, s.Code }).FirstOrDefaultAsync(ct);
            documentId = section?.DocumentId;
            Code = section?.Code;
        }
        var document = await db.ConceptDocuments.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.Title, d.ProcessId }).FirstOrDefaultAsync(ct);
        if (await access.DenyAsync(User, document?.ProcessId, ProcessRole.Organiser, ct, IsNew ? "Document" : "Section") is { } denied)
        {
            return this.Problem(denied);
        }
        DocumentId = documentId!.Value;
        DocumentTitle = document!.Title;
        ProcessId = document.ProcessId;
        ProcessTitle = await db.Processes.Where(p => p.Id == ProcessId).Select(p => p.Title).FirstAsync(ct);
        Areas = (await db.Areas.AsNoTracking().Where(a => a.ProcessId == ProcessId).OrderBy(a => a.Position).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .Select(a => (a.Id, a.Name)).ToList();
        Events = (await db.Events.AsNoTracking().Where(e => e.ProcessId == ProcessId).OrderBy(e => e.StartsAt).Select(e => new { e.Id, e.Title, e.StartsAt, e.TimeZone }).ToListAsync(ct))
            .Select(e => (e.Id, e.Title, TimeZones.InZone(e.StartsAt, e.TimeZone))).ToList();
        return null;
    }
}
