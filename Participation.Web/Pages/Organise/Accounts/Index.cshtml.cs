using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Email;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Accounts;

/// <summary>
/// Administrators see every account, invite organisers and facilitators by email (they set their own
/// password; creating an account with a password stays in the API and the command line) and end an account's sessions.
/// </summary>
public sealed class IndexModel(
    ParticipationDb db, UserManager<Account> users, AccountMails mails, Outbox outbox, TimeProvider clock,
    IOptions<AuthOptions> auth, IValidator<AccountInvitationInput> validator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    public sealed class InvitationForm
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public bool MayCreateProcesses { get; set; } = true;
        public bool IsAdministrator { get; set; }
    }

    public IReadOnlyList<AccountResponse> Accounts { get; private set; } = [];
    [BindProperty] public InvitationForm Form { get; set; } = new();
    public int InvitationDays => auth.Value.InvitationDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Administrator))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Accounts = (await AccountsApi.ListAccounts(db, ct)).Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Administrator))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var input = new AccountInvitationInput(Form.Email ?? "", Form.DisplayName ?? "", AccountsApi.RolesFor(Form.MayCreateProcesses, Form.IsAdministrator));
        Accounts = (await AccountsApi.ListAccounts(db, ct)).Value!;
        return await this.SubmitAsync(validator, input, messages,
            async () => (await InvitationsApi.InviteAccount(input, User, users, db, mails, outbox, clock, messages)).Result,
            _ => this.RedirectWithNotice("/organise/accounts", text["Account.InvitationSent", input.Email]),
            ct);
    }

    public async Task<IActionResult> OnPostSignOutAsync(Guid id)
    {
        if (!User.IsInRole(Roles.Administrator))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }
        await AccountSessionsApi.SignOutEverywhere(id, users, messages);
        return this.RedirectWithNotice("/organise/accounts", text["Account.SignedOut", account.Email!]);
    }
}
