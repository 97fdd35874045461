using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>Invites people by pasted addresses or a CSV file, and reports every line that could not be read.</summary>
public sealed class InviteModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations, IOptions<RegistrationOptions> options,
    IStringLocalizer<Messages> messages) : PageModel
{
    public Event Event { get; private set; } = null!;
    [BindProperty] public string? Addresses { get; set; }
    [BindProperty] public IFormFile? Csv { get; set; }
    [BindProperty] public string Language { get; set; } = "de";
    public InvitationReport? Report { get; private set; }
    public int MaxKilobytes => options.Value.MaxImportKilobytes;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        string? csv = null;
        if (Csv is { Length: > 0 } file)
        {
            // Refused before reading, so a huge upload never lands in memory.
            if (file.Length > MaxKilobytes * 1024L)
            {
                ModelState.AddModelError("csv", messages["ImportTooLarge", MaxKilobytes]);
                return Page();
            }
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, ct);
            csv = InvitationImport.Decode(bytes.ToArray());
        }
        var input = new InvitationInput(Addresses, csv, Language);
        switch ((await MailingsApi.Invite(id, input, User, db, access, registrations, options, messages, ct)).Result)
        {
            case Ok<InvitationReport> ok:
                Report = ok.Value!;
                if (Report.Errors.Count == 0)
                {
                    Addresses = null;
                }
                break;
            case ValidationProblem invalid:
                ModelState.AddErrors(invalid);
                break;
            case ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict } conflict:
                ModelState.AddModelError("", conflict.ProblemDetails.Title ?? "");
                break;
            case ProblemHttpResult problem:
                return this.Problem(problem);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (@event, denied) = await access.EventForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Event = @event!;
        return null;
    }
}
