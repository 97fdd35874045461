using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Qr;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Registrations;

/// <summary>The link in the confirmation email: a plain GET confirms the address and shows the ticket or the waiting list.</summary>
public sealed class ConfirmModel(
    ParticipationDb db, RegistrationService registrations, RegistrationTokens tokens, QrCodes qr, IOptions<RegistrationOptions> options) : PageModel
{
    public Registration? Registration { get; private set; }
    public string EventTitle { get; private set; } = "";
    public string? Refusal { get; private set; }
    public string? TicketSvg { get; private set; }
    public string? ManageUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var outcome = await registrations.ConfirmAsync(token, ct);
        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal.Message;
            Response.StatusCode = refusal.Kind == RefusalKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return Page();
        }
        Registration = outcome.Value!;
        var @event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == Registration.EventId, ct);
        EventTitle = @event.Title;
        if (Registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.CheckedIn)
        {
            TicketSvg = qr.Svg(Registration.TicketCode);
        }
        ManageUrl = $"/r/{Uri.EscapeDataString(tokens.Create(RegistrationTokens.Manage, Registration, @event.EndsAt.AddDays(options.Value.ManageLinkDaysAfterEvent)))}";
        return Page();
    }
}
