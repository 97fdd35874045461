using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Concept;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Api.Localisation;
using Participation.Api.Measures;
using Microsoft.Extensions.Options;

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>One concept document: its sections with codes, addresses, QR downloads and counts; organisers edit it and withdraw sections.</summary>
public sealed class DocumentModel(
    ParticipationDb db, ProcessAccess access, ConceptService concept, ConceptSnapshots snapshots, TimeProvider clock,
    IOptions<MeasuresOptions> measureOptions, IValidator<DocumentInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public DocumentResponse Document { get; private set; } = null!;
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];
    /// <summary>Why freezing a version was refused, shown beside its button.</summary>
    public IReadOnlyList<string> FreezeErrors { get; private set; } = [];
    public string ProcessTitle { get; private set; } = "";
    public bool IsOrganiser { get; private set; }
    [BindProperty] public DocumentForm Form { get; set; } = new();
    /// <summary>The language the QR codes' links carry (<c>?language=</c>); none: each phone keeps its own.</summary>
    [BindProperty(SupportsGet = true, Name = "language")] public string? QrLanguage { get; set; }
    public string QrQuery(char separator) =>
        SpokenLanguages.Find(QrLanguage) is { } language ? $"{separator}language={Uri.EscapeDataString(language.Code)}" : "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        Form = DocumentForm.From(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => (await DocumentsApi.UpdateDocument(id, input, User, db, access, concept, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/documents/{id}", text["Form.Saved"]),
            ct);
    }

    /// <summary>Freezes the sections, the process's measures and the recommendations as the next version, under the document's edition.</summary>
    public async Task<IActionResult> OnPostFreezeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        switch ((await ConceptVersionsApi.PublishVersion(id, new VersionInput(), User, db, access, snapshots, clock, measureOptions, messages, ct)).Result)
        {
            case ProblemHttpResult denied:
                return this.Problem(denied);
            case ValidationProblem invalid:
                FreezeErrors = invalid.ProblemDetails.Errors.SelectMany(e => e.Value).ToList();
                Form = DocumentForm.From(Document);
                return Page();
            default:
                return this.RedirectWithNotice($"/organise/documents/{id}#versions-heading", text["Versions.Frozen"]);
        }
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid sectionId, CancellationToken ct) =>
        ChangeSectionAsync(id, sectionId, withdrawn: true, ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, Guid sectionId, CancellationToken ct) =>
        ChangeSectionAsync(id, sectionId, withdrawn: false, ct);

    private async Task<IActionResult> ChangeSectionAsync(Guid id, Guid sectionId, bool withdrawn, CancellationToken ct)
    {
        if (!await db.ConceptSections.AnyAsync(s => s.Id == sectionId && s.DocumentId == id, ct))
        {
            return NotFound();
        }
        var result = withdrawn
            ? await SectionsApi.WithdrawSection(sectionId, User, db, access, concept, messages, ct)
            : await SectionsApi.RestoreSection(sectionId, User, db, access, concept, messages, ct);
        return result.Result is ProblemHttpResult problem
            ? this.Problem(problem)
            : this.RedirectWithNotice($"/organise/documents/{id}#sections-heading", text[withdrawn ? "Section.WithdrawnNotice" : "Section.RestoredNotice"]);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await DocumentsApi.GetDocument(id, User, db, access, concept, ct);
        if (found.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        Document = ((Ok<DocumentResponse>)found.Result).Value!;
        ProcessTitle = await db.Processes.Where(p => p.Id == Document.ProcessId).Select(p => p.Title).FirstAsync(ct);
        IsOrganiser = await access.CheckAsync(User, Document.ProcessId, ProcessRole.Organiser, ct) == Access.Granted;
        Versions = (await ConceptVersionsApi.ListVersions(id, User, db, access, ct)).Result is Ok<List<VersionSummary>> versions ? versions.Value! : [];
        return null;
    }
}
