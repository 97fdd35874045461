using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Participation.Api.Identity;

namespace Participation.Web.Pages;

public sealed class LogoutModel(SignInManager<Account> signIn, PageTexts text) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return this.RedirectWithNotice("/", text["Logout.Done"]);
    }
}
