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

namespace Participation.Web.Pages.Organise.Concept;

/// <summary>The concept documents of a process with their counts; organisers create new ones here.</summary>
public sealed class DocumentsModel(
    ParticipationDb db, ProcessAccess access, ConceptService concept,
    IValidator<DocumentInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Guid ProcessId { get; private set; }
    public string ProcessTitle { get; private set; } = "";
    public bool IsOrganiser { get; private set; }
    public IReadOnlyList<DocumentResponse> Documents { get; private set; } = [];
    [BindProperty] public DocumentForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        var input = Form.ToInput();
        return await this.SubmitAsync(validator, input, messages,
            async () => (await DocumentsApi.CreateDocument(id, input, User, access, concept, ct)).Result,
            result => this.RedirectWithNotice($"/organise/documents/{((Created<DocumentResponse>)result).Value!.Id}", text["Concept.Created"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var listed = await DocumentsApi.ListDocuments(id, User, db, access, concept, ct);
        if (listed.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        ProcessId = id;
        Documents = ((Ok<List<DocumentResponse>>)listed.Result).Value!;
        ProcessTitle = await db.Processes.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        IsOrganiser = await access.CheckAsync(User, id, ProcessRole.Organiser, ct) == Access.Granted;
        return null;
    }
}
