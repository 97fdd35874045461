using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Data;
using Participation.Api.Extensions;
using Participation.Api.Identity;

namespace Participation.Web.Pages.Organise.Accounts;

/// <summary>Administrators see every account and create new ones for organisers and facilitators.</summary>
public sealed class IndexModel(
    ParticipationDb db, UserManager<Account> users, TimeProvider clock, IOptions<AuthOptions> auth,
    IValidator<AccountInput> validator, IStringLocalizer<Messages> messages, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class AccountForm
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool MayCreateProcesses { get; set; } = true;
        public bool IsAdministrator { get; set; }
    }

    public IReadOnlyList<AccountResponse> Accounts { get; private set; } = [];
    [BindProperty] public AccountForm Form { get; set; } = new();
    public int PasswordMinLength => auth.Value.PasswordMinLength;

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
        var input = new AccountInput(Form.Email ?? "", Form.DisplayName ?? "", Form.Password ?? "", Form.MayCreateProcesses, Form.IsAdministrator);
        Accounts = (await AccountsApi.ListAccounts(db, ct)).Value!;
        return await this.SubmitAsync(validator, input, messages,
            async () => (await AccountsApi.CreateAccount(input, users, db, clock, messages)).Result,
            _ => this.RedirectWithNotice("/organise/accounts", text["Account.Created", input.Email]),
            ct);
    }
}
