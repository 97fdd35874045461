using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Events;
using Participation.Api.Extensions;
using Participation.Api.Processes;
using Participation.Api.Qr;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Registrations;

/// <summary>The link in every email: the attendee sees, changes or cancels their registration, and takes the calendar entry.</summary>
public sealed class ManageModel(
    ParticipationDb db, RegistrationService registrations, IValidator<RegistrationChange> validator, QrCodes qr,
    IOptions<RegistrationOptions> options, TimeProvider clock, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public Registration? Registration { get; private set; }
    public Event Event { get; private set; } = null!;
    public string? TicketSvg { get; private set; }
    public string? Refusal { get; private set; }
    public bool ConfirmingCancel { get; private set; }
    [BindProperty] public PersonForm Form { get; set; } = new();
    public IReadOnlyList<string> Perspectives => options.Value.Perspectives;
    public bool IsCancelled => Registration?.Status == RegistrationStatus.Cancelled;
    public bool CanCancel => Registration?.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.CheckedIn);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Invalid();
        }
        Form = PersonForm.From(Registration!);
        return Page();
    }

    public async Task<IActionResult> OnGetCalendarAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct) || IsCancelled)
        {
            return Invalid();
        }
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == Event.ProcessId, ct);
        var file = CalendarFiles.Invitation(RegistrationMails.Calendar(Event, process), clock.GetUtcNow().UtcDateTime);
        return File(file, "text/calendar; charset=utf-8", "event.ics");
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Invalid();
        }
        if (IsCancelled)
        {
            Refusal = messages["RegistrationCancelled"];
            return Page();
        }
        var change = Form.ToChange();
        if (await validator.ValidateToProblemAsync(change, messages, ct) is { } invalid)
        {
            ModelState.AddErrors(invalid);
            return Page();
        }
        var outcome = await registrations.ChangeAsync(Registration!.Id, change, ct);
        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal.Message;
            return Page();
        }
        return this.RedirectWithNotice(Here(token), text["Form.Saved"]);
    }

    /// <summary>The cancel button leads here first: one more click, so a slip does not give the place away.</summary>
    public async Task<IActionResult> OnGetCancelAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Invalid();
        }
        ConfirmingCancel = CanCancel;
        Form = PersonForm.From(Registration!);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Invalid();
        }
        var outcome = await registrations.CancelAsync(Registration!.Id, byOrganiser: false, ct);
        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal.Message;
            Form = PersonForm.From(Registration);
            return Page();
        }
        return this.RedirectWithNotice(Here(token), text["Manage.Cancelled"]);
    }

    private static string Here(string token) => $"/r/{Uri.EscapeDataString(token)}";

    private IActionResult Invalid()
    {
        Registration = null;
        Refusal = messages["LinkInvalid"];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        Registration = await registrations.FindByManageTokenAsync(token, ct);
        if (Registration is null)
        {
            return false;
        }
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == Registration.EventId, ct);
        if (Registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.CheckedIn)
        {
            TicketSvg = qr.Svg(Registration.TicketCode);
        }
        return true;
    }
}
