using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>An organiser corrects a person's details, the address too (the new one gets what the old one had).</summary>
public sealed class EditModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations,
    IValidator<RegistrationChange> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Registration Registration { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";
    [BindProperty] public RegistrationChange Form { get; set; } = new("");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var r = Registration;
        Form = new RegistrationChange(r.Name, r.Organisation, r.Perspective, r.Language, r.InterpreterLanguage, r.NeedsSignLanguage,
            r.AccessibilityNeeds, r.NeedsChildcare, r.DietaryNeeds, r.Remarks, r.Email);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = Form with { Name = Form.Name ?? "" };
        return await this.SubmitAsync(validator, input, messages,
            async () => (await AttendeesApi.UpdateRegistration(id, input, User, db, access, registrations, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/events/{Registration.EventId}/attendees", text["Form.Saved"]),
            ct);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (registration, _, denied) = await access.RegistrationForAsync(User, db, id, ProcessRole.Organiser, ct);
        if (denied is not null)
        {
            return this.Problem(denied);
        }
        Registration = registration!;
        EventTitle = await db.Events.Where(e => e.Id == registration!.EventId).Select(e => e.Title).FirstAsync(ct);
        return null;
    }
}
