using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Organise.Registrations;

/// <summary>Opens, closes and shapes registration for one event.</summary>
public sealed class SettingsModel(
    ParticipationDb db, ProcessAccess access, RegistrationService registrations,
    IValidator<RegistrationSettingsInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Event Event { get; private set; } = null!;
    [BindProperty] public RegistrationSettingsForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await RegistrationSettingsApi.GetRegistrationSettings(id, User, db, access, registrations, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            return this.Problem(problem);
        }
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        Form = RegistrationSettingsForm.From(((Ok<RegistrationSettingsResponse>)result.Result).Value!, Event.TimeZone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var input = Form.ToInput(Event.TimeZone);
        return await this.SubmitAsync(validator, input, messages,
            async () => (await RegistrationSettingsApi.PutRegistrationSettings(id, input, User, db, access, registrations, messages, ct)).Result,
            _ => this.RedirectWithNotice($"/organise/events/{id}", text["Form.Saved"]),
            ct);
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
