using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api;
using Participation.Api.Identity;
using Participation.Api.Qr;

namespace Participation.Web.Pages.Organise.OwnAccount;

/// <summary>The signed-in person's own account: password, and one-time codes from an authenticator app.</summary>
public sealed class IndexModel(
    UserManager<Account> users, SignInManager<Account> signIn, QrCodes qr,
    IOptions<AuthOptions> auth, IValidator<ChangePasswordInput> passwordValidator, IValidator<TwoFactorCodeInput> codeValidator,
    IValidator<TwoFactorPasswordInput> confirmValidator, IStringLocalizer<Messages> messages, PageTexts text) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Password { get; set; }

    public TwoFactorStatus Status { get; private set; } = new(false, 0, false);
    public TwoFactorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }
    public int PasswordMinLength => auth.Value.PasswordMinLength;

    /// <summary>Groups of four, as authenticator apps show keys and people type them.</summary>
    public string GroupedKey => string.Join(' ', (Setup?.SharedKey ?? "").Chunk(4).Select(c => new string(c)));

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        var input = new ChangePasswordInput(CurrentPassword ?? "", NewPassword ?? "");
        return await Submit(passwordValidator, input, async () => (await OwnAccountApi.ChangePassword(input, User, users, signIn, messages)).Result,
            _ => this.RedirectWithNotice("/organise/account", text["OwnAccount.PasswordChanged"]), ct);
    }

    public async Task<IActionResult> OnPostSetUpAsync()
    {
        switch ((await OwnAccountApi.SetUpTwoFactor(User, users, signIn, qr, messages)).Result)
        {
            case Ok<TwoFactorSetup> setup:
                Setup = setup.Value;
                return await ShowAsync();
            case ProblemHttpResult problem when problem.StatusCode == StatusCodes.Status409Conflict:
                return await ShowAsync();
            default:
                return Unauthorized();
        }
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        var input = new TwoFactorCodeInput(Code ?? "");
        var page = await Submit(codeValidator, input, async () => (await OwnAccountApi.EnableTwoFactor(input, User, users, signIn, messages)).Result,
            result =>
            {
                NewRecoveryCodes = ((Ok<RecoveryCodes>)result).Value!.Codes;
                return Page();
            }, ct);
        if (NewRecoveryCodes is null)
        {
            // A wrong code: the same key again, so the app that scanned it stays right.
            if (await users.GetUserAsync(User) is { TwoFactorEnabled: false } account && await users.GetAuthenticatorKeyAsync(account) is { } key)
            {
                Setup = OwnAccountApi.SetupFor(account, key, qr);
            }
        }
        return page;
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        var input = new TwoFactorPasswordInput(Password ?? "");
        return await Submit(confirmValidator, input, async () => (await OwnAccountApi.NewRecoveryCodes(input, User, users, signIn, messages)).Result,
            result =>
            {
                NewRecoveryCodes = ((Ok<RecoveryCodes>)result).Value!.Codes;
                return Page();
            }, ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        var input = new TwoFactorPasswordInput(Password ?? "");
        return await Submit(confirmValidator, input, async () => (await OwnAccountApi.DisableTwoFactor(input, User, users, signIn, messages)).Result,
            _ => this.RedirectWithNotice("/organise/account", text["OwnAccount.TurnedOff"]), ct);
    }

    /// <summary>Every answer shows the current state of the codes, whatever the form did.</summary>
    private async Task<IActionResult> Submit<TInput>(IValidator<TInput> validator, TInput input, Func<Task<IResult>> handler, Func<IResult, IActionResult> onSuccess, CancellationToken ct)
    {
        var answer = await this.SubmitAsync(validator, input, messages, handler, onSuccess, ct);
        await LoadStatusAsync();
        return answer;
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadStatusAsync();
        return Page();
    }

    private async Task LoadStatusAsync()
    {
        if ((await OwnAccountApi.GetTwoFactor(User, users, auth)).Result is Ok<TwoFactorStatus> status)
        {
            Status = status.Value!;
        }
    }
}
