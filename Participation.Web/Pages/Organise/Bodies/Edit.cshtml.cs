using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Bodies;
using Participation.Api.Data;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Bodies;

/// <summary>Changes a body's name, kind, description, parent or municipality.</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, TimeProvider clock,
    IValidator<BodyInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public BodyResponse Body { get; private set; } = null!;
    public IReadOnlyList<BodySummary> Parents { get; private set; } = [];
    [BindProperty] public BodyForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }
        Form = BodyForm.From(Body);
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
            async () => (await BodiesApi.UpdateBody(id, input, User, db, access, clock, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/bodies/{id}", text["Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (tracked, denied) = await access.BodyForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Body = await BodiesApi.ResponseAsync(db, tracked!, clock, ct);
        var all = ((Ok<List<BodySummary>>)(await BodiesApi.ListBodies(Body.ProcessId, User, db, access, clock, ct)).Result).Value!;
        // The API refuses the body itself and what lies below it; offering them would only lead to that error.
        Parents = all.Where(b => b.Id != id && !Below(all, b, id) && (b.DissolvedOn is null || b.Id == Body.ParentId)).ToList();
        return null;
    }

    private static bool Below(List<BodySummary> all, BodySummary body, Guid ancestor)
    {
        for (var above = body.ParentId; above is { } step; above = all.FirstOrDefault(b => b.Id == step)?.ParentId)
        {
            if (step == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
