using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Participation.Api.Registrations;

namespace Participation.Web.Pages.Registrations;

/// <summary>After the form (post, redirect, get): what happens next, in words. It tells nothing about the person.</summary>
public sealed class RegisteredModel(IOptions<RegistrationOptions> options) : PageModel
{
    public const string Confirm = "confirm";
    public const string ConfirmWaiting = "confirm-waiting";
    public const string Ticket = "ticket";
    public const string Waiting = "waiting";

    public string Outcome { get; private set; } = Confirm;
    public int ConfirmationHours => options.Value.ConfirmationHours;

    public IActionResult OnGet(string outcome)
    {
        if (outcome is not (Confirm or ConfirmWaiting or Ticket or Waiting))
        {
            return NotFound();
        }
        Outcome = outcome;
        return Page();
    }

    /// <summary>One word for the receipts of one sign-up (one event or several of a series).</summary>
    public static string OutcomeOf(IReadOnlyList<RegistrationReceipt> receipts)
    {
        var waiting = receipts.All(r => r.Status == RegistrationStatus.WaitingList);
        return receipts.Any(r => r.EmailConfirmationRequired)
            ? waiting ? ConfirmWaiting : Confirm
            : waiting ? Waiting : Ticket;
    }
}
